import { randomUUID } from 'node:crypto';
import { canWrite, rowScope, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, PageRequest } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { RepDirectoryRepository } from '../rep-directory/rep-directory.repository';
import { CustomerClass, CustomerEntity, CustomerStatus } from './customer.entity';
import { CustomerListFilter, CustomerRepository } from './customer.repository';

export interface CreateCustomerInput {
  name: string;
  class: CustomerClass;
  ownerId?: string | null;
  status?: CustomerStatus | null;
}

const NAME_MAX = 200;

export class CustomerService {
  private readonly customers: CustomerRepository;
  private readonly directory: RepDirectoryRepository;

  constructor(private readonly dataSource: DataSource) {
    this.customers = new CustomerRepository(dataSource);
    this.directory = new RepDirectoryRepository(dataSource);
  }

  list(viewer: Viewer, filter: CustomerListFilter, page: PageRequest): Promise<[CustomerEntity[], number]> {
    return this.customers.page(viewer, filter, page.first, page.after);
  }

  /** Files a customer and announces it, in one transaction. */
  async create(viewer: Viewer, input: CreateCustomerInput, now = new Date()): Promise<CustomerEntity> {
    if (!canWrite(viewer)) throw forbidden('Analysts have read-only access');
    const name = input.name.trim();
    if (name.length === 0 || name.length > NAME_MAX) {
      throw badUserInput('input.name', `name must be 1–${NAME_MAX} characters`);
    }
    const ownerId = await this.ownerFor(viewer, input.ownerId ?? undefined);
    const customer = Object.assign(new CustomerEntity(), {
      id: randomUUID(),
      name,
      class: input.class,
      status: input.status ?? 'PROSPECT',
      ownerId,
      createdAt: now,
      version: 1,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.customers.insert(manager, customer);
      await appendToOutbox(manager, [
        {
          type: 'CustomerCreated',
          aggregateId: customer.id,
          payload: { customerId: customer.id, name, class: customer.class, ownerId, createdAt: now.toISOString() },
        },
      ]);
    });
    return customer;
  }

  /** Who will own the customer: a rep files for themselves, a manager within the team, a director for any known rep. */
  private async ownerFor(viewer: Viewer, requested: string | undefined): Promise<string> {
    const scope = rowScope(viewer);
    const ownerId = requested ?? viewer.repId;
    if (!ownerId) throw badUserInput('input.ownerId', 'ownerId is required: you are not a rep yourself');
    if (scope.kind === 'OWNER') {
      if (ownerId !== scope.repId) throw badUserInput('input.ownerId', 'a rep can only file customers they own');
      return ownerId;
    }
    const rep = await this.directory.find(ownerId);
    if (!rep) throw badUserInput('input.ownerId', `no rep ${ownerId} is known`);
    if (scope.kind === 'TEAM' && rep.teamId !== scope.teamId) {
      throw badUserInput('input.ownerId', 'a manager can only assign customers within their team');
    }
    if (scope.kind === 'NONE') throw forbidden();
    return ownerId;
  }
}
