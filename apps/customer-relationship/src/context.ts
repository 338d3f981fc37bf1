import { Viewer } from '@salesgraph/auth';
import { byIdLoader, SubgraphContext } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { CustomerRepository } from './customer/customer.repository';
import { CustomerService } from './customer/customer.service';
import { OrderRepository } from './order/order.repository';
import { OrderService } from './order/order.service';

export function createServices(dataSource: DataSource) {
  return { customers: new CustomerService(dataSource), orders: new OrderService(dataSource) };
}

/** Every loader applies the viewer's row scope: a row the viewer may not see loads as null. */
export function createLoaders(dataSource: DataSource, viewer: Viewer) {
  const customers = new CustomerRepository(dataSource);
  const orders = new OrderRepository(dataSource);
  return {
    customer: byIdLoader((ids) => customers.findVisibleByIds(viewer, ids)),
    order: byIdLoader((ids) => orders.findVisibleByIds(viewer, ids)),
  };
}

export type CustomerRelationshipContext = SubgraphContext<ReturnType<typeof createLoaders>, ReturnType<typeof createServices>>;
