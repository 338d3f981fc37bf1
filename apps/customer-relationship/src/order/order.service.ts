import { randomUUID } from 'node:crypto';
import { canWrite, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, conflict, forbidden } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { CustomerRepository } from '../customer/customer.repository';
import { OrderEntity } from './order.entity';
import { OrderRepository } from './order.repository';

export interface RecordOrderInput {
  customerId: string;
  /** Minor units. */
  total: number;
  orderedAt?: Date | null;
}

/** Clocks differ a little between a rep's phone and the server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export class OrderService {
  private readonly customers: CustomerRepository;
  private readonly orders: OrderRepository;

  constructor(private readonly dataSource: DataSource) {
    this.customers = new CustomerRepository(dataSource);
    this.orders = new OrderRepository(dataSource);
  }

  /**
   * Records the order, turns a prospect into an active customer and
   * announces the order, all in one transaction.
   */
  async record(viewer: Viewer, input: RecordOrderInput, now = new Date()): Promise<OrderEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    if (!Number.isSafeInteger(input.total) || input.total <= 0) {
      throw badUserInput('input.total', 'total must be greater than zero');
    }
    const orderedAt = input.orderedAt ?? now;
    if (orderedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw badUserInput('input.orderedAt', 'orderedAt may not be in the future');
    }
    const [customer] = await this.customers.findVisibleByIds(viewer, [input.customerId]);
    if (!customer) throw badUserInput('input.customerId', `no customer ${input.customerId} that you may work on`);

    const order = Object.assign(new OrderEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId: customer.ownerId,
      orderedAt,
      totalMinor: input.total,
      recordedAt: now,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.orders.insert(manager, order);
      if (customer.status === 'PROSPECT') {
        const updated = await this.customers.updateIfVersion(manager, customer.id, customer.version, { status: 'ACTIVE' });
        if (!updated) throw conflict(`customer ${customer.id} was changed by someone else: try again`);
      }
      await appendToOutbox(manager, [
        {
          type: 'OrderRecorded',
          aggregateId: order.id,
          payload: {
            orderId: order.id,
            customerId: customer.id,
            repId: order.repId,
            orderedAt: orderedAt.toISOString(),
            totalMinor: order.totalMinor,
          },
        },
      ]);
    });
    return order;
  }
}
