import { Viewer } from '@salesgraph/auth';
import { DEFAULT_STANDARD_PAYMENT_TERMS_DAYS } from '@salesgraph/domain';
import { dateSortKey, numberSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { OutboxEventEntity } from '@salesgraph/events';
import { DataSource, EntityManager, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { OrderEntity, OrderLineEntity, OrderRevisionEntity, OrderStatus } from './order.entity';

export interface OrderListFilter {
  customerId?: string | null;
  repId?: string | null;
  status?: OrderStatus[] | null;
  termsBeyondStandard?: boolean | null;
}

export type OrderSortField = 'ORDERED_AT' | 'TOTAL';

/** Orders, newest first unless the client sorts otherwise. */
export const orderList = defineList<OrderEntity, OrderSortField>({
  type: 'Order',
  idColumn: 'sales_order.id',
  keys: {
    ORDERED_AT: dateSortKey('sales_order.ordered_at', (row) => row.orderedAt),
    TOTAL: numberSortKey('sales_order.total_minor', (row) => row.totalMinor),
  },
  defaultSort: { field: 'ORDERED_AT', direction: 'DESC' },
});

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

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(
    viewer: Viewer,
    filter: OrderListFilter,
    page: ListPage<OrderSortField>,
    standardTermsDays = DEFAULT_STANDARD_PAYMENT_TERMS_DAYS,
  ): Promise<[OrderEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('sales_order.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('sales_order.rep_id = :repId', { repId: filter.repId });
    if (filter.status?.length) query.andWhere('sales_order.status IN (:...statuses)', { statuses: filter.status });
    if (filter.termsBeyondStandard != null) {
      query.andWhere(`sales_order.payment_terms_days ${filter.termsBeyondStandard ? '>' : '<='} :standard`, { standard: standardTermsDays });
    }
    const total = await query.clone().getCount();
    return [await orderList.fetch(query, page).getMany(), total];
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

  /** An order within `manager`'s transaction. */
  findIn(manager: EntityManager, id: string): Promise<OrderEntity | null> {
    return manager.findOneBy(OrderEntity, { id });
  }

  /** Confirmed sales since `since`, summed per customer or per rep. */
  async confirmedSalesSince(key: 'customer_id' | 'rep_id', ids: readonly string[], since: Date): Promise<Map<string, number>> {
    const sales = await this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('sales_order')
      .select(`sales_order.${key}`, 'id')
      .addSelect('SUM(sales_order.total_minor)', 'total')
      .where(`sales_order.${key} IN (:...ids)`, { ids })
      .andWhere("sales_order.status = 'CONFIRMED'")
      .andWhere('sales_order.ordered_at >= :since', { since })
      .groupBy(`sales_order.${key}`)
      .getRawMany<{ id: string; total: string | number }>();
    return new Map(sales.map((row) => [row.id, Number(row.total)]));
  }

  insertLines(manager: EntityManager, lines: Array<Partial<OrderLineEntity>>): Promise<unknown> {
    return manager.insert(OrderLineEntity, lines);
  }

  /** The order's lines within `manager`'s transaction; in their order with `byPosition`. */
  linesIn(manager: EntityManager, orderId: string, byPosition = false): Promise<OrderLineEntity[]> {
    return manager.find(OrderLineEntity, byPosition ? { where: { orderId }, order: { position: 'ASC' } } : { where: { orderId } });
  }

  /** Replaces the order's lines (a revision's new lines). */
  async replaceLines(manager: EntityManager, orderId: string, lines: Array<Partial<OrderLineEntity>>): Promise<void> {
    await manager.delete(OrderLineEntity, { orderId });
    await manager.insert(OrderLineEntity, lines);
  }

  /** How many revisions the order has: the next one's position follows. */
  revisionCount(manager: EntityManager, orderId: string): Promise<number> {
    return manager.countBy(OrderRevisionEntity, { orderId });
  }

  insertRevision(manager: EntityManager, revision: Partial<OrderRevisionEntity>): Promise<unknown> {
    return manager.insert(OrderRevisionEntity, revision);
  }

  /** The last OrderRecorded the outbox holds of the order: what consumers were told it counted. */
  lastRecordedEvent(manager: EntityManager, orderId: string): Promise<OutboxEventEntity | null> {
    return manager.findOne(OutboxEventEntity, { where: { type: 'OrderRecorded', aggregateId: orderId }, order: { sequence: 'DESC' } });
  }
}
