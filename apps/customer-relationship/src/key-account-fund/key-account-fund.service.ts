import { randomUUID } from 'node:crypto';
import { isManagerial, Viewer } from '@salesgraph/auth';
import { formatMoney, keyAccountDrawProblem } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { Database } from '@salesgraph/persistence';
import { badUserInput, forbidden, positiveAmount, requiredText } from '@salesgraph/subgraph-kit';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { KeyAccountFundEntryEntity } from './key-account-fund-entry.entity';
import { KeyAccountFundRepository } from './key-account-fund.repository';
import { DrawKeyAccountFundInput, SetKeyAccountFundInput } from '../generated/resolvers.generated';

/** The ring-fenced relationship budget of A-class customers: only its own spending draws on it. */
export class KeyAccountFundService {
  private readonly entries: KeyAccountFundRepository;

  constructor(
    dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.entries = new KeyAccountFundRepository(dataSource);
  }

  async setBudget(viewer: Viewer, input: SetKeyAccountFundInput): Promise<CustomerEntity> {
    if (!isManagerial(viewer)) throw forbidden('Only managers, directors and admins set key-account funds');
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    if (!Number.isSafeInteger(input.budget) || input.budget < 0) throw badUserInput('input.budget', 'the budget cannot be negative');
    const { row } = await this.customers.updateLocked(customer.id, (current) => {
      if (current.class !== 'A') throw badUserInput('input.customerId', 'only A-class customers carry a key-account fund');
      const spent = current.keyAccountFundSpentMinor ?? 0;
      if (input.budget < spent) throw badUserInput('input.budget', `the budget cannot be below what is already spent (${formatMoney(spent)})`);
      return { keyAccountFundMinor: input.budget, keyAccountFundSpentMinor: spent };
    });
    return row;
  }

  /** Draws on the fund as it stands under the customer's lock, so parallel draws can never spend more than it holds. */
  async draw(viewer: Viewer, input: DrawKeyAccountFundInput, now = new Date()): Promise<CustomerEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const early = keyAccountDrawProblem(customer);
    if (early) throw badUserInput('input.customerId', early);
    const amount = positiveAmount(input.amount, 'input.amount');
    const purpose = requiredText(input.purpose, 'input.purpose', 500);
    const entry = Object.assign(new KeyAccountFundEntryEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      amountMinor: amount,
      purpose,
      recordedBy: viewer.subject,
      recordedAt: now,
    });
    const { row } = await this.customers.updateLocked(
      customer.id,
      (current) => {
        // The class is read under the lock too: a downgrade committed since the first read closes the fund.
        const problem = keyAccountDrawProblem(current);
        if (problem || current.keyAccountFundMinor == null) throw badUserInput('input.customerId', problem ?? 'this customer has no key-account fund');
        const spent = current.keyAccountFundSpentMinor ?? 0;
        const remaining = current.keyAccountFundMinor - spent;
        if (amount > remaining) throw badUserInput('input.amount', `only ${formatMoney(remaining)} remains in the fund`);
        return { keyAccountFundSpentMinor: spent + amount };
      },
      async (manager) => {
        await this.entries.insert(manager, entry);
        await appendToOutbox(manager, [
          {
            type: 'KeyAccountFundDrawn',
            aggregateId: customer.id,
            payload: { customerId: customer.id, entryId: entry.id, amountMinor: amount, purpose, recordedAt: now.toISOString() },
          },
        ]);
      },
    );
    return row;
  }

  /** Draws of several customers, newest first: one query for a page. */
  entriesOf(customerIds: readonly string[]): Promise<KeyAccountFundEntryEntity[]> {
    return this.entries.entriesOf(customerIds);
  }
}
