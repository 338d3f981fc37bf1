import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { Database, transact } from '@salesgraph/persistence';
import { allValid, badUserInput, ListPage, notInFuture, requiredText, saveVersioned } from '@salesgraph/subgraph-kit';
import { CustomerService } from '../customer/customer.service';
import { ComplaintEntity } from './complaint.entity';
import { ComplaintListFilter, ComplaintRepository } from './complaint.repository';
import { OpenComplaintInput, ResolveComplaintInput } from '../generated/resolvers.generated';

/** Complaints: opened and resolved timestamps give the handling-time KPI. */
export class ComplaintService {
  private readonly complaints: ComplaintRepository;

  constructor(
    private readonly dataSource: Database,
    private readonly customers: CustomerService,
  ) {
    this.complaints = new ComplaintRepository(dataSource);
  }

  /** Complaints whose customer the viewer may work on; with `credited`, for reading, also those credited to the viewer's scope. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<ComplaintEntity[]> {
    return this.complaints.findVisibleByIds(viewer, ids, credited);
  }

  list(viewer: Viewer, filter: ComplaintListFilter, page: ListPage<'OPENED_AT'>): Promise<[ComplaintEntity[], number]> {
    return this.complaints.page(viewer, filter, page);
  }

  async open(viewer: Viewer, input: OpenComplaintInput, now = new Date()): Promise<ComplaintEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const openedAt = input.openedAt ?? now;
    // Every field checked at once: a form learns of each field to correct in one answer.
    const { subject, description } = allValid({
      openedAt: () => notInFuture(openedAt, 'input.openedAt', now),
      subject: () => requiredText(input.subject, 'input.subject', 200),
      description: () => requiredText(input.description, 'input.description', 4000),
    });
    const complaint = Object.assign(new ComplaintEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId: customer.ownerId,
      subject,
      description,
      severity: input.severity ?? 'MEDIUM',
      openedBy: viewer.subject,
      openedAt,
      resolvedAt: null,
      resolution: null,
      version: 1,
    });
    return transact(this.dataSource, async (manager) => {
      await this.complaints.insert(manager, complaint);
      await appendToOutbox(manager, [
        {
          type: 'ComplaintOpened',
          aggregateId: complaint.id,
          payload: {
            complaintId: complaint.id,
            customerId: customer.id,
            repId: complaint.repId,
            severity: complaint.severity,
            openedAt: openedAt.toISOString(),
          },
        },
      ]);
      return complaint;
    });
  }

  async resolve(viewer: Viewer, input: ResolveComplaintInput, now = new Date()): Promise<ComplaintEntity> {
    const [complaint] = await this.findVisibleByIds(viewer, [input.id]);
    if (!complaint) throw badUserInput('input.id', `no complaint ${input.id} that you may work on`);
    await this.customers.workable(viewer, complaint.customerId, 'input.id');
    if (complaint.resolvedAt) throw badUserInput('input.id', 'the complaint is already resolved');
    const changes = { resolution: requiredText(input.resolution, 'input.resolution', 4000), resolvedAt: now };
    await saveVersioned(this.dataSource, ComplaintEntity, 'complaint', complaint, input.version, changes, (manager) =>
      appendToOutbox(manager, [
        {
          type: 'ComplaintResolved',
          aggregateId: complaint.id,
          payload: {
            complaintId: complaint.id,
            customerId: complaint.customerId,
            repId: complaint.repId,
            openedAt: new Date(complaint.openedAt).toISOString(),
            resolvedAt: now.toISOString(),
          },
        },
      ]),
    );
    return Object.assign(new ComplaintEntity(), { ...complaint, ...changes, version: complaint.version + 1 });
  }

  openOf(customerIds: readonly string[]): Promise<ComplaintEntity[]> {
    return this.complaints.openOf(customerIds);
  }
}
