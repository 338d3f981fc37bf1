import { Viewer } from '@salesgraph/auth';
import { whereCustomerVisible } from '../customer/customer.repository';
import { DataSource, EntityManager } from 'typeorm';
import { OrderEntity } from './order.entity';

export class OrderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The orders among `ids` whose customer the viewer may see. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[]): Promise<OrderEntity[]> {
    const query = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('sales_order')
      .innerJoin('customer', 'customer', 'customer.id = sales_order.customer_id')
      .where('sales_order.id IN (:...ids)', { ids });
    return whereCustomerVisible(query, viewer, 'customer').getMany();
  }

  insert(manager: EntityManager, order: OrderEntity): Promise<unknown> {
    return manager.insert(OrderEntity, order);
  }
}
