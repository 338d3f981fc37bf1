import { byIdLoader, childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { settingsFrom } from '../settings';
import { OrderEntity, OrderLineEntity, OrderRevisionEntity } from './order.entity';
import orderSdl from './order.graphql';
import { OrderRepository } from './order.repository';
import { orderResolvers } from './order.resolvers';
import { OrderService } from './order.service';

/** Orders: recorded, approved beyond a rep's discount authority, revised and cancelled. */
export const orderFeature = defineFeature({
  name: 'order',
  typeDefs: [orderSdl],
  resolvers: orderResolvers,
  entities: [OrderEntity, OrderLineEntity, OrderRevisionEntity],
  services: ({ dataSource, env }: ServiceDeps) => ({ orders: new OrderService(dataSource, settingsFrom(env).standardPaymentTermsDays) }),
  loaders: ({ dataSource, viewer }: LoaderDeps) => {
    const orders = new OrderRepository(dataSource);
    return {
      order: byIdLoader((ids) => orders.findVisibleByIds(viewer, ids, true)),
      orderLines: childListLoader(
        (ids) => orders.linesOf(ids),
        (row) => row.orderId,
      ),
      orderRevisions: childListLoader(
        (ids) => orders.revisionsOf(ids),
        (row) => row.orderId,
      ),
    };
  },
});
