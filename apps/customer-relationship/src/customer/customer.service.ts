import { randomUUID } from 'node:crypto';
import { canWrite, Viewer } from '@salesgraph/auth';
import { allowedNextStatuses, canChangeStatus } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { Database, lockRow, transact, Transaction } from '@salesgraph/persistence';
import { allValid, badUserInput, definedOnly, forbidden, optionalText, ListPage, requiredText, saveVersioned, updateLocked } from '@salesgraph/subgraph-kit';
import { RepDirectoryRepository } from '../rep-directory/rep-directory.repository';
import { VisitPolicyRepository } from '../visit-policy/visit-policy.repository';
import { CustomerEntity, CustomerSource, RelationshipLevel } from './customer.entity';
import { CustomerListFilter, CustomerRepository, CustomerSortField } from './customer.repository';
import { directoryScope } from '../rep-directory/directory-scope';
import { ChangeCustomerStatusInput, CreateCustomerInput, UpdateCustomerInput } from '../generated/resolvers.generated';

interface DescriptiveFields {
  industry?: string | null;
  region?: string | null;
  address?: string | null;
  source?: CustomerSource | null;
  relationshipLevel?: RelationshipLevel | null;
}

const NAME_MAX = 200;

export class CustomerService {
  private readonly customers: CustomerRepository;
  private readonly directory: RepDirectoryRepository;
  private readonly policies: VisitPolicyRepository;

  constructor(private readonly dataSource: Database) {
    this.customers = new CustomerRepository(dataSource);
    this.directory = new RepDirectoryRepository(dataSource);
    this.policies = new VisitPolicyRepository(dataSource);
  }

  async list(viewer: Viewer, filter: CustomerListFilter, page: ListPage<CustomerSortField>, now = new Date()): Promise<[CustomerEntity[], number]> {
    const overdueBefore = filter.overdue == null ? undefined : await this.policies.overdueThresholds(now);
    return this.customers.page(viewer, filter, page, overdueBefore);
  }

  /**
   * A customer the viewer may change: visible to them and not read-only.
   * Anything else is reported on `field` as not found, so ids of other reps'
   * customers reveal nothing.
   */
  async workable(viewer: Viewer, id: string, field: string): Promise<CustomerEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const [customer] = await this.customers.findVisibleByIds(viewer, [id]);
    if (!customer) throw badUserInput(field, `no customer ${id} that you may work on`);
    return customer;
  }

  /** Files a customer and announces it, in one transaction. */
  async create(viewer: Viewer, input: CreateCustomerInput, now = new Date()): Promise<CustomerEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const { name, ...fields } = descriptiveFields(input, true);
    const ownerId = await this.ownerFor(viewer, input.ownerId ?? undefined);
    const customer = Object.assign(new CustomerEntity(), {
      id: randomUUID(),
      name,
      class: input.class,
      status: input.status ?? 'PROSPECT',
      ownerId,
      createdAt: now,
      industry: fields.industry ?? null,
      region: fields.region ?? null,
      address: fields.address ?? null,
      source: fields.source ?? null,
      relationshipLevel: fields.relationshipLevel ?? null,
      lastVisitAt: null,
      activatedByHandAt: input.status === 'ACTIVE' ? now : null,
      keyAccountFundMinor: null,
      keyAccountFundSpentMinor: null,
      version: 1,
    });
    return transact(this.dataSource, async (manager) => {
      await this.customers.insert(manager, customer);
      await appendToOutbox(manager, [
        {
          type: 'CustomerCreated',
          aggregateId: customer.id,
          payload: { customerId: customer.id, name, class: customer.class, ownerId, createdAt: now.toISOString() },
        },
      ]);
      return customer;
    });
  }

  /** Changes descriptive fields if the caller read the current version; announces the new picture. */
  async update(viewer: Viewer, input: UpdateCustomerInput): Promise<CustomerEntity> {
    const customer = await this.workable(viewer, input.id, 'input.id');
    const changes: Partial<CustomerEntity> = definedOnly({
      ...descriptiveFields(input, false),
      class: input.class ?? undefined,
    });
    const updated = { ...customer, ...changes, version: input.version + 1 };
    await this.saveVersioned(input.version, customer, changes, async (manager) => {
      await appendToOutbox(manager, [
        {
          type: 'CustomerUpdated',
          aggregateId: customer.id,
          payload: { customerId: customer.id, name: updated.name, class: updated.class, region: updated.region, industry: updated.industry },
        },
      ]);
    });
    return Object.assign(new CustomerEntity(), updated);
  }

  async changeStatus(viewer: Viewer, input: ChangeCustomerStatusInput, now = new Date()): Promise<CustomerEntity> {
    const customer = await this.workable(viewer, input.id, 'input.id');
    if (!canChangeStatus(customer.status, input.status)) {
      const allowed = allowedNextStatuses(customer.status).join(' or ');
      throw badUserInput('input.status', `a ${customer.status} customer can become ${allowed}, not ${input.status}`);
    }
    // Made ACTIVE by hand, the customer's idle clock restarts now (CustomerLifecycleService).
    const changes: Partial<CustomerEntity> = input.status === 'ACTIVE' ? { status: input.status, activatedByHandAt: now } : { status: input.status };
    await this.saveVersioned(input.version, customer, changes, (manager) =>
      appendToOutbox(manager, [
        {
          type: 'CustomerStatusChanged',
          aggregateId: customer.id,
          payload: { customerId: customer.id, from: customer.status, to: input.status, changedAt: now.toISOString() },
        },
      ]),
    );
    return Object.assign(new CustomerEntity(), { ...customer, ...changes, version: input.version + 1 });
  }

  /**
   * Writes `changes` only if the row is still at `version`, together with
   * `alongside` (history rows, events), in one transaction; CONFLICT otherwise.
   */
  async saveVersioned(
    version: number,
    customer: CustomerEntity,
    changes: Partial<CustomerEntity>,
    alongside: (manager: Transaction) => Promise<unknown>,
  ): Promise<void> {
    await saveVersioned(this.dataSource, CustomerEntity, 'customer', customer, version, changes, alongside);
  }

  /** A change decided on the customer as it is now, under its row lock (see updateLocked). */
  updateLocked<R = void>(
    id: string,
    decide: (current: CustomerEntity, manager: Transaction) => Promise<Partial<CustomerEntity>> | Partial<CustomerEntity>,
    alongside?: (manager: Transaction, updated: CustomerEntity) => Promise<R>,
  ): Promise<{ row: CustomerEntity; result: R }> {
    return updateLocked(this.dataSource, CustomerEntity, 'customer', id, undefined, decide, alongside);
  }

  /**
   * Takes the customer's row lock first in a transaction that writes its
   * children and then the customer itself: otherwise two such writers each
   * hold the shared lock of their FK check and deadlock on the update.
   */
  async lockForChildren(manager: Transaction, id: string): Promise<CustomerEntity> {
    const customer = await lockRow(manager, CustomerEntity, id);
    if (!customer) throw badUserInput('input.customerId', `no customer ${id} that you may work on`);
    return customer;
  }

  /** Who will own the customer: a rep files for themselves, a manager within the team, a director for any known rep. */
  async ownerFor(viewer: Viewer, requested: string | undefined, field = 'input.ownerId'): Promise<string> {
    const scope = directoryScope(viewer);
    const ownerId = requested ?? viewer.repId;
    if (!ownerId) throw badUserInput(field, 'ownerId is required: you are not a rep yourself');
    if (scope.kind === 'OWNER') {
      if (ownerId !== scope.repId) throw badUserInput(field, 'a rep can only file customers they own');
      return ownerId;
    }
    const rep = await this.directory.find(ownerId);
    if (!rep) throw badUserInput(field, `no rep ${ownerId} is known`);
    if (scope.kind === 'TEAM' && rep.teamId !== scope.teamId) {
      throw badUserInput(field, 'a manager can only assign customers within their team');
    }
    if (scope.kind === 'BRANCH' && rep.branchId !== scope.branchId) {
      throw badUserInput(field, 'a branch head can only assign customers within their branch');
    }
    if (scope.kind === 'NONE') throw forbidden();
    return ownerId;
  }
}

/** The name and descriptive fields, every one checked at once: a form learns of each field to correct in one answer. */
function descriptiveFields(input: DescriptiveFields & { name?: string | null }, nameRequired: boolean) {
  return allValid({
    name: () => (input.name == null && !nameRequired ? undefined : requiredText(input.name ?? '', 'input.name', NAME_MAX)),
    industry: () => optionalText(input.industry, 'input.industry', 100),
    region: () => optionalText(input.region, 'input.region', 100),
    address: () => optionalText(input.address, 'input.address', 500),
    source: () => input.source,
    relationshipLevel: () => input.relationshipLevel,
  });
}
