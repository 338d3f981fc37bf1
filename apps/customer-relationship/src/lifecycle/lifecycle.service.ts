import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { CustomerStatus } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { lockRow, transact } from '@salesgraph/persistence';
import { forbidden } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** How long without an order makes a customer dormant, then churned (CUSTOMER_DORMANT_AFTER_DAYS, CUSTOMER_CHURNED_AFTER_DAYS). */
export interface LifecycleSettings {
  readonly dormantAfterDays: number;
  readonly churnedAfterDays: number;
}

/** What one run did. */
export interface LifecycleRun {
  asOf: Date;
  dormantAfterDays: number;
  churnedAfterDays: number;
  madeDormant: number;
  madeChurned: number;
}

const DAY_MS = 86_400_000;

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

/**
 * The automatic customer lifecycle (docs/domain.md#customer-lifecycle, PROSPECT → ACTIVE →
 * DORMANT/CHURNED): an ACTIVE customer with no confirmed order for
 * `dormantAfterDays` becomes DORMANT, and an ACTIVE or DORMANT one with none
 * for `churnedAfterDays` CHURNED, each announced as CustomerStatusChanged;
 * a customer a person made ACTIVE counts as idle only from that moment. A
 * prospect, who never bought, is left alone; an order wakes a customer again
 * (OrderService). Idempotent, and safe with several replicas running it at
 * once: each change is decided on the customer's row under its lock and
 * written with a guard on its version, so a customer changes, and is
 * announced, once.
 */
export class CustomerLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    readonly settings: LifecycleSettings,
  ) {}

  /** The run a director or admin asks for now. */
  async runNow(viewer: Viewer, now = new Date()): Promise<LifecycleRun> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins run the customer lifecycle');
    return this.run(now);
  }

  async run(now = new Date()): Promise<LifecycleRun> {
    const cutoffs = this.cutoffs(now);
    const candidates = await this.idle(this.dataSource.manager, cutoffs);
    const result: LifecycleRun = { asOf: now, ...this.settings, madeDormant: 0, madeChurned: 0 };
    for (const id of candidates) {
      const to = await transact(this.dataSource, (manager) => this.decide(manager, id, cutoffs, now));
      if (to === 'DORMANT') result.madeDormant += 1;
      if (to === 'CHURNED') result.madeChurned += 1;
    }
    return result;
  }

  /** One customer, under its lock: what it is now decides, not what the list said. */
  private async decide(manager: EntityManager, id: string, cutoffs: Cutoffs, now: Date): Promise<CustomerStatus | null> {
    const customer = await lockRow(manager, CustomerEntity, id);
    if (!customer) return null;
    const [churned, dormant] = await Promise.all([this.idle(manager, { churned: cutoffs.churned }, id), this.idle(manager, { dormant: cutoffs.dormant }, id)]);
    const to: CustomerStatus | null = churned.length ? 'CHURNED' : dormant.length ? 'DORMANT' : null;
    if (!to || to === customer.status) return null;
    const updated = await manager.update(
      CustomerEntity,
      { id: customer.id, version: customer.version, status: customer.status },
      { status: to, version: customer.version + 1 },
    );
    if (!updated.affected) return null;
    await appendToOutbox(manager, [
      {
        type: 'CustomerStatusChanged',
        aggregateId: customer.id,
        payload: { customerId: customer.id, from: customer.status, to, changedAt: now.toISOString() },
      },
    ]);
    return to;
  }

  /** Customers due a change: ACTIVE ones idle since before the dormant cutoff, ACTIVE or DORMANT ones since before the churned cutoff. */
  private async idle(manager: EntityManager, cutoffs: Partial<Cutoffs>, id?: string): Promise<string[]> {
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

  private cutoffs(now: Date): Cutoffs {
    return {
      dormant: new Date(now.getTime() - this.settings.dormantAfterDays * DAY_MS),
      churned: new Date(now.getTime() - this.settings.churnedAfterDays * DAY_MS),
    };
  }
}

interface Cutoffs {
  dormant: Date;
  churned: Date;
}
