import { randomUUID } from 'node:crypto';
import { isManagerial, Viewer } from '@salesgraph/auth';
import { formatMoney } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, positiveAmount, requiredText } from '@salesgraph/subgraph-kit';
import { DataSource, In } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { KeyAccountFundEntryEntity } from './key-account-fund-entry.entity';

/** The ring-fenced relationship budget of A-class customers: only its own spending draws on it. */
export class KeyAccountFundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {}

  async setBudget(viewer: Viewer, input: { customerId: string; budget: number }): Promise<CustomerEntity> {
    if (!isManagerial(viewer)) throw forbidden('Only managers, directors and admins set key-account funds');
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    if (customer.class !== 'A') throw badUserInput('input.customerId', 'only A-class customers carry a key-account fund');
    const spent = customer.keyAccountFundSpentMinor ?? 0;
    if (!Number.isSafeInteger(input.budget) || input.budget < spent) {
      throw badUserInput('input.budget', `the budget cannot be below what is already spent (${formatMoney(spent)})`);
    }
    const changes = { keyAccountFundMinor: input.budget, keyAccountFundSpentMinor: spent };
    await this.customers.saveVersioned(customer.version, customer, changes, async () => undefined);
    return Object.assign(new CustomerEntity(), { ...customer, ...changes, version: customer.version + 1 });
  }

  async draw(viewer: Viewer, input: { customerId: string; amount: number; purpose: string }, now = new Date()): Promise<CustomerEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    if (customer.keyAccountFundMinor == null) throw badUserInput('input.customerId', 'this customer has no key-account fund');
    const amount = positiveAmount(input.amount, 'input.amount');
    const purpose = requiredText(input.purpose, 'input.purpose', 500);
    const spent = customer.keyAccountFundSpentMinor ?? 0;
    const remaining = customer.keyAccountFundMinor - spent;
    if (amount > remaining) throw badUserInput('input.amount', `only ${formatMoney(remaining)} remains in the fund`);
    const entry = Object.assign(new KeyAccountFundEntryEntity(), { id: randomUUID(), customerId: customer.id, amountMinor: amount, purpose, recordedBy: viewer.subject, recordedAt: now });
    await this.customers.saveVersioned(customer.version, customer, { keyAccountFundSpentMinor: spent + amount }, async (manager) => {
      await manager.insert(KeyAccountFundEntryEntity, entry);
      await appendToOutbox(manager, [
        {
          type: 'KeyAccountFundDrawn',
          aggregateId: customer.id,
          payload: { customerId: customer.id, entryId: entry.id, amountMinor: amount, purpose, recordedAt: now.toISOString() },
        },
      ]);
    });
    return Object.assign(new CustomerEntity(), { ...customer, keyAccountFundSpentMinor: spent + amount, version: customer.version + 1 });
  }

  /** Draws of several customers, newest first: one query for a page. */
  entriesOf(customerIds: readonly string[]): Promise<KeyAccountFundEntryEntity[]> {
    return this.dataSource.getRepository(KeyAccountFundEntryEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { recordedAt: 'DESC', id: 'ASC' },
    });
  }
}
