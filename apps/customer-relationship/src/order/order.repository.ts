import { Viewer } from '@salesgraph/auth';
import { DEFAULT_STANDARD_PAYMENT_TERMS_DAYS } from '@salesgraph/domain';
import { dateSortKey, numberSortKey, SortKey } from '@salesgraph/persistence';
import { ListSort, sortedPage } from '../sorting';
import { DataSource, EntityManager, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { OrderEntity, OrderLineEntity, OrderRevisionEntity, OrderStatus } from './order.entity';

export interface OrderListFilter {
  customerId?: string | null;
  repId?: string | null;
  status?: OrderStatus[] | null;
  termsBeyondStandard?: boolean | null;
}

export type OrderSort = ListSort<'ORDERED_AT' | 'TOTAL'>;
export const DEFAULT_ORDER_SORT: OrderSort = { field: 'ORDERED_AT', direction: 'DESC' };
export const ORDER_SORT_KEYS: Record<OrderSort['field'], SortKey<OrderEntity>> = {
  ORDERED_AT: dateSortKey('sales_order.ordered_at', (row) => row.orderedAt),
  TOTAL: numberSortKey('sales_order.total_minor', (row) => row.totalMinor),
};

/** Orders are as visible as their customers. */
export class OrderRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visible(viewer: Viewer, credited = false) {
    return visibleThroughCustomer(this.dataSource, OrderEntity, 'sales_order', viewer, credited);
  }

  /**
   * The orders among `ids` whose customer the viewer may work on; with
   * `credited`, for reading, also those credited to the viewer's scope.
   */
  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<OrderEntity[]> {
    return this.visible(viewer, credited).andWhere('sales_order.id IN (:...ids)', { ids }).getMany();
  }

  /** Newest first; the cursor is the last row's (orderedAt, id). */
  async page(
    viewer: Viewer,
    filter: OrderListFilter,
    first: number,
    after: string | undefined,
    standardTermsDays = DEFAULT_STANDARD_PAYMENT_TERMS_DAYS,
    sort: OrderSort = DEFAULT_ORDER_SORT,
  ): Promise<[OrderEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('sales_order.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('sales_order.rep_id = :repId', { repId: filter.repId });
    if (filter.status?.length) query.andWhere('sales_order.status IN (:...statuses)', { statuses: filter.status });
    if (filter.termsBeyondStandard != null) {
      query.andWhere(`sales_order.payment_terms_days ${filter.termsBeyondStandard ? '>' : '<='} :standard`, { standard: standardTermsDays });
    }
    const total = await query.clone().getCount();
    const rows = await sortedPage(query, ORDER_SORT_KEYS, 'sales_order.id', sort, after, first + 1).getMany();
    return [rows, total];
  }

  linesOf(orderIds: readonly string[]): Promise<OrderLineEntity[]> {
    return this.dataSource.getRepository(OrderLineEntity).find({ where: { orderId: In([...orderIds]) }, order: { orderId: 'ASC', position: 'ASC' } });
  }

  /** Revisions of these orders, oldest first per order. */
  revisionsOf(orderIds: readonly string[]): Promise<OrderRevisionEntity[]> {
    return this.dataSource.getRepository(OrderRevisionEntity).find({ where: { orderId: In([...orderIds]) }, order: { orderId: 'ASC', position: 'ASC' } });
  }

  insert(manager: EntityManager, order: OrderEntity): Promise<unknown> {
    return manager.insert(OrderEntity, order);
  }
}
