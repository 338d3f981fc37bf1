import { mergeResolvers, SubgraphDefinition } from '@salesgraph/subgraph-kit';
import { createLoaders, createServices } from './context';
import { customerResolvers } from './customer/customer.resolvers';
import { customerRelationshipDatabase } from './database';
import { orderResolvers } from './order/order.resolvers';
import { repDirectoryConsumer } from './rep-directory/rep-directory.consumer';
import { typeDefs } from './schema';

export const customerRelationshipSubgraph: SubgraphDefinition<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>> = {
  name: 'customer-relationship',
  defaultPort: 4001,
  typeDefs,
  resolvers: mergeResolvers(customerResolvers, orderResolvers),
  database: customerRelationshipDatabase,
  createServices,
  createLoaders,
  producesFeed: true,
  consumers: (deps) => [repDirectoryConsumer(deps)],
};
