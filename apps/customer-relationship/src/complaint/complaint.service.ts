import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { appendToOutbox } from '@salesgraph/events';
import { keysetPage, transact } from '@salesgraph/persistence';
import { badUserInput, notInFuture, PageRequest, requiredText, saveVersioned, splitCompositeKey } from '@salesgraph/subgraph-kit';
import { DataSource, In, IsNull } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { CustomerService } from '../customer/customer.service';
import { ComplaintEntity, ComplaintSeverity } from './complaint.entity';

/** Complaints: opened and resolved timestamps give the handling-time KPI. */
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {}

  private visible(viewer: Viewer, credited = false) {
    return visibleThroughCustomer(this.dataSource, ComplaintEntity, 'complaint', viewer, credited);
  }

  /** Complaints whose customer the viewer may work on; with `credited`, for reading, also those credited to the viewer's scope. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<ComplaintEntity[]> {
    return this.visible(viewer, credited).andWhere('complaint.id IN (:...ids)', { ids }).getMany();
  }

  async list(
    viewer: Viewer,
    filter: { customerId?: string | null; repId?: string | null; open?: boolean | null },
    page: PageRequest,
  ): Promise<[ComplaintEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('complaint.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('complaint.rep_id = :repId', { repId: filter.repId });
    if (filter.open != null) query.andWhere(`complaint.resolved_at IS ${filter.open ? '' : 'NOT '}NULL`);
    const total = await query.clone().getCount();
    const after = page.after === undefined ? undefined : splitCompositeKey(page.after);
    const order = { column: 'complaint.opened_at', idColumn: 'complaint.id', direction: 'DESC' } as const;
    return [await keysetPage(query, order, after && { value: new Date(after.value), id: after.id }, page.first + 1).getMany(), total];
  }

  async open(
    viewer: Viewer,
    input: { customerId: string; subject: string; description: string; severity?: ComplaintSeverity | null; openedAt?: Date | null },
    now = new Date(),
  ): Promise<ComplaintEntity> {
    const customer = await this.customers.workable(viewer, input.customerId, 'input.customerId');
    const openedAt = input.openedAt ?? now;
    notInFuture(openedAt, 'input.openedAt', now);
    const complaint = Object.assign(new ComplaintEntity(), {
      id: randomUUID(),
      customerId: customer.id,
      repId: customer.ownerId,
      subject: requiredText(input.subject, 'input.subject', 200),
      description: requiredText(input.description, 'input.description', 4000),
      severity: input.severity ?? 'MEDIUM',
      openedBy: viewer.subject,
      openedAt,
      resolvedAt: null,
      resolution: null,
      version: 1,
    });
    return transact(this.dataSource, async (manager) => {
      await manager.insert(ComplaintEntity, complaint);
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

  async resolve(viewer: Viewer, input: { id: string; version: number; resolution: string }, now = new Date()): Promise<ComplaintEntity> {
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
    return this.dataSource
      .getRepository(ComplaintEntity)
      .find({ where: { customerId: In([...customerIds]), resolvedAt: IsNull() }, order: { openedAt: 'ASC', id: 'ASC' } });
  }
}
