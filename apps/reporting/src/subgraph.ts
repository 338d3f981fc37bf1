import { mergeResolvers, SubgraphDefinition } from '@salesgraph/subgraph-kit';
import { headedBranch } from './rep-dimension/branch-heads';
import { createLoaders, createServices } from './context';
import { reportingDatabase } from './database';
import { reportingConsumers } from './feeds';
import { revenueResolvers } from './revenue/revenue.resolvers';
import { typeDefs } from './schema';

export const reportingSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>> = {
  name: 'reporting',
  defaultPort: 4003,
  typeDefs,
  resolvers: mergeResolvers(revenueResolvers),
  database: reportingDatabase,
  createServices,
  createLoaders,
  headedBranch,
  consumers: reportingConsumers,
};
