import { randomUUID } from 'node:crypto';
import { isManagerial, Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { Database, Transaction } from '@salesgraph/persistence';
import { badUserInput, forbidden, requiredText } from '@salesgraph/subgraph-kit';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { OpportunityRepository } from '../opportunity/opportunity.repository';
import { CustomerAssignmentEntity } from './customer-assignment.entity';
import { CustomerAssignmentRepository } from './customer-assignment.repository';
import { ReassignCustomerInput } from '../generated/resolvers.generated';

/** Moving a customer between reps, with the reason kept in its history. */
export class CustomerAssignmentService {
  private readonly assignments: CustomerAssignmentRepository;
  private readonly opportunities: OpportunityRepository;

  constructor(
    dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.assignments = new CustomerAssignmentRepository(dataSource);
    this.opportunities = new OpportunityRepository(dataSource);
  }

  async reassign(viewer: Viewer, input: ReassignCustomerInput, now = new Date()): Promise<CustomerEntity> {
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
        await this.assignments.insert(manager, assignment);
        await appendToOutbox(manager, [
          {
            type: 'CustomerReassigned',
            aggregateId: customer.id,
            payload: { customerId: customer.id, fromRepId, toRepId, reason, assignedAt: now.toISOString() },
          },
        ]);
        await this.moveOpenOpportunities(manager, customer.id, toRepId, reason, now);
      },
    );
    return row;
  }

  /**
   * Open opportunities follow their customer: the old owner can no longer
   * see or move them, so left behind they would rot in nobody's pipeline.
   * Closed ones stay with the rep who closed them. Each move bumps the
   * opportunity's version (a stage change read before it gets CONFLICT) and
   * is announced.
   */
  private async moveOpenOpportunities(manager: Transaction, customerId: string, toRepId: string, reason: string, now: Date): Promise<void> {
    const open = await this.opportunities.openOfCustomerNotOwnedBy(manager, customerId, toRepId);
    if (!open.length) return;
    await this.opportunities.moveOpenTo(
      manager,
      open.map((row) => row.id),
      toRepId,
    );
    await appendToOutbox(
      manager,
      open.map((row) => ({
        type: 'OpportunityReassigned' as const,
        aggregateId: row.id,
        payload: {
          opportunityId: row.id,
          customerId,
          fromOwnerId: row.ownerId,
          toOwnerId: toRepId,
          stage: row.stage,
          amountMinor: row.amountMinor,
          reason,
          reassignedAt: now.toISOString(),
        },
      })),
    );
  }

  /** Histories of several customers, oldest change first: one query for a page. */
  historyOf(customerIds: readonly string[]): Promise<CustomerAssignmentEntity[]> {
    return this.assignments.historyOf(customerIds);
  }
}
