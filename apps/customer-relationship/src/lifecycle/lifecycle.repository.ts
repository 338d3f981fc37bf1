import { CustomerStatus } from '@salesgraph/domain';
import { EntityManager } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

export interface Cutoffs {
  dormant: Date;
  churned: Date;
}

/**
 * When the customer last bought: its latest confirmed order (a pending,
 * rejected or cancelled one is no purchase), else the day it was created.
 */
const LAST_BOUGHT = `COALESCE((SELECT MAX(o.ordered_at) FROM sales_order o WHERE o.customer_id = customer.id AND o.status = 'CONFIRMED'), customer.created_at)`;

/**
 * Idle since before `cutoff`: it last bought before it, and nobody made it
 * ACTIVE by hand since (a manager's reactivation restarts the clock as an
 * order does). "The later of the two before the cutoff" is "both before it",
 * which needs no GREATEST (SQLite has none).
 */
const idleBefore = (cutoff: string) => `${LAST_BOUGHT} < :${cutoff} AND (customer.activated_by_hand_at IS NULL OR customer.activated_by_hand_at < :${cutoff})`;

/** The lifecycle's read of customers and orders: who has been idle for how long (docs/domain.md#customer-lifecycle). */
export class IdleCustomerRepository {
  /** Customers due a change: ACTIVE ones idle since before the dormant cutoff, ACTIVE or DORMANT ones since before the churned cutoff. */
  async idle(manager: EntityManager, cutoffs: Partial<Cutoffs>, id?: string): Promise<string[]> {
    const query = manager.getRepository(CustomerEntity).createQueryBuilder('customer').select('customer.id', 'id');
    const conditions: string[] = [];
    if (cutoffs.dormant) conditions.push(`(customer.status = 'ACTIVE' AND ${idleBefore('dormant')})`);
    if (cutoffs.churned) conditions.push(`(customer.status IN ('ACTIVE', 'DORMANT') AND ${idleBefore('churned')})`);
    query.where(`(${conditions.join(' OR ')})`, {
      ...(cutoffs.dormant ? { dormant: cutoffs.dormant } : {}),
      ...(cutoffs.churned ? { churned: cutoffs.churned } : {}),
    });
    if (id) query.andWhere('customer.id = :id', { id });
    const rows = await query.orderBy('customer.id', 'ASC').getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Moves the customer to `to` if it is still at the version and status read; false when it is not. */
  async changeStatus(manager: EntityManager, customer: CustomerEntity, to: CustomerStatus): Promise<boolean> {
    const updated = await manager.update(
      CustomerEntity,
      { id: customer.id, version: customer.version, status: customer.status },
      { status: to, version: customer.version + 1 },
    );
    return Boolean(updated.affected);
  }
}
