import { mergeResolvers, SubgraphDefinition } from '@salesgraph/subgraph-kit';
import { createLoaders, createServices } from './context';
import { repPerformanceDatabase } from './database';
import { salesRepResolvers } from './sales-rep/sales-rep.resolvers';
import { typeDefs } from './schema';
import { teamResolvers } from './team/team.resolvers';

export const repPerformanceSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>> = {
  name: 'rep-performance',
  defaultPort: 4002,
  typeDefs,
  resolvers: mergeResolvers(teamResolvers, salesRepResolvers),
  database: repPerformanceDatabase,
  createServices,
  createLoaders,
  producesFeed: true,
};
