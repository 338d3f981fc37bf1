import { randomUUID } from 'node:crypto';
import { isManagerial, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { badUserInput, forbidden, requiredText } from '@salesgraph/subgraph-kit';
import { DataSource, In } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { CustomerAssignmentEntity } from './customer-assignment.entity';

/** Moving a customer between reps, with the reason kept in its history. */
export class CustomerAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {}

  async reassign(viewer: Viewer, input: { customerId: string; toRepId: string; reason: string }, now = new Date()): Promise<CustomerEntity> {
    if (!isManagerial(viewer)) throw forbidden('Only managers, directors and admins reassign customers');
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const reason = requiredText(input.reason, 'input.reason', 500);
    const toRepId = await this.customers.ownerFor(viewer, input.toRepId, 'input.toRepId');
    if (toRepId === customer.ownerId) throw badUserInput('input.toRepId', 'the customer already belongs to this rep');
    let fromRepId = customer.ownerId;
    const { row } = await this.customers.updateLocked(
      customer.id,
      (current) => {
        if (toRepId === current.ownerId) throw badUserInput('input.toRepId', 'the customer already belongs to this rep');
        fromRepId = current.ownerId;
        return { ownerId: toRepId };
      },
      async (manager) => {
        const assignment = Object.assign(new CustomerAssignmentEntity(), {
          id: randomUUID(),
          customerId: customer.id,
          fromRepId,
          toRepId,
          reason,
          assignedBy: viewer.subject,
          assignedAt: now,
        });
        await manager.insert(CustomerAssignmentEntity, assignment);
        await appendToOutbox(manager, [
          {
            type: 'CustomerReassigned',
            aggregateId: customer.id,
            payload: { customerId: customer.id, fromRepId, toRepId, reason, assignedAt: now.toISOString() },
          },
        ]);
      },
    );
    return row;
  }

  /** Histories of several customers, oldest change first: one query for a page. */
  historyOf(customerIds: readonly string[]): Promise<CustomerAssignmentEntity[]> {
    return this.dataSource.getRepository(CustomerAssignmentEntity).find({
      where: { customerId: In([...customerIds]) },
      order: { assignedAt: 'ASC', id: 'ASC' },
    });
  }
}
