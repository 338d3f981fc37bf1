import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import { CustomerStatus } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { Database, lockRow, transact, Transaction } from '@salesgraph/persistence';
import { forbidden } from '@salesgraph/subgraph-kit';
import { CustomerEntity } from '../customer/customer.entity';
import { Cutoffs, IdleCustomerRepository } from './lifecycle.repository';

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
  private readonly idleCustomers: IdleCustomerRepository;

  constructor(
    private readonly dataSource: Database,
    readonly settings: LifecycleSettings,
  ) {
    this.idleCustomers = new IdleCustomerRepository();
  }

  /** The run a director or admin asks for now. */
  async runNow(viewer: Viewer, now = new Date()): Promise<LifecycleRun> {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins run the customer lifecycle');
    return this.run(now);
  }

  async run(now = new Date()): Promise<LifecycleRun> {
    const cutoffs = this.cutoffs(now);
    const candidates = await this.idleCustomers.idle(this.dataSource.manager, cutoffs);
    const result: LifecycleRun = { asOf: now, ...this.settings, madeDormant: 0, madeChurned: 0 };
    for (const id of candidates) {
      const to = await transact(this.dataSource, (manager) => this.decide(manager, id, cutoffs, now));
      if (to === 'DORMANT') result.madeDormant += 1;
      if (to === 'CHURNED') result.madeChurned += 1;
    }
    return result;
  }

  /** One customer, under its lock: what it is now decides, not what the list said. */
  private async decide(manager: Transaction, id: string, cutoffs: Cutoffs, now: Date): Promise<CustomerStatus | null> {
    const customer = await lockRow(manager, CustomerEntity, id);
    if (!customer) return null;
    const [churned, dormant] = await Promise.all([
      this.idleCustomers.idle(manager, { churned: cutoffs.churned }, id),
      this.idleCustomers.idle(manager, { dormant: cutoffs.dormant }, id),
    ]);
    const to: CustomerStatus | null = churned.length ? 'CHURNED' : dormant.length ? 'DORMANT' : null;
    if (!to || to === customer.status) return null;
    if (!(await this.idleCustomers.changeStatus(manager, customer, to))) return null;
    await appendToOutbox(manager, [
      {
        type: 'CustomerStatusChanged',
        aggregateId: customer.id,
        payload: { customerId: customer.id, from: customer.status, to, changedAt: now.toISOString() },
      },
    ]);
    return to;
  }

  private cutoffs(now: Date): Cutoffs {
    return {
      dormant: new Date(now.getTime() - this.settings.dormantAfterDays * DAY_MS),
      churned: new Date(now.getTime() - this.settings.churnedAfterDays * DAY_MS),
    };
  }
}
