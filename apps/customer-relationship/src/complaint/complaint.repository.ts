import { Viewer } from '@salesgraph/auth';
import { dateSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { ComplaintEntity } from './complaint.entity';

/** Complaints, newest first. */
export const complaintList = defineList<ComplaintEntity, 'OPENED_AT'>({
  type: 'Complaint',
  idColumn: 'complaint.id',
  keys: { OPENED_AT: dateSortKey('complaint.opened_at', (row) => row.openedAt) },
  defaultSort: { field: 'OPENED_AT', direction: 'DESC' },
});

export interface ComplaintListFilter {
  customerId?: string | null;
  repId?: string | null;
  open?: boolean | null;
}

/** Complaints are as visible as their customers (or, for reading, the rep they are credited to). */
export class ComplaintRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visible(viewer: Viewer, credited = false) {
    return visibleThroughCustomer(this.dataSource, ComplaintEntity, 'complaint', viewer, credited);
  }

  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<ComplaintEntity[]> {
    return this.visible(viewer, credited).andWhere('complaint.id IN (:...ids)', { ids }).getMany();
  }

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(viewer: Viewer, filter: ComplaintListFilter, page: ListPage<'OPENED_AT'>): Promise<[ComplaintEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('complaint.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('complaint.rep_id = :repId', { repId: filter.repId });
    if (filter.open != null) query.andWhere(`complaint.resolved_at IS ${filter.open ? '' : 'NOT '}NULL`);
    const total = await query.clone().getCount();
    return [await complaintList.fetch(query, page).getMany(), total];
  }

  insert(manager: EntityManager, complaint: ComplaintEntity): Promise<unknown> {
    return manager.insert(ComplaintEntity, complaint);
  }

  openOf(customerIds: readonly string[]): Promise<ComplaintEntity[]> {
    return this.dataSource
      .getRepository(ComplaintEntity)
      .find({ where: { customerId: In([...customerIds]), resolvedAt: IsNull() }, order: { openedAt: 'ASC', id: 'ASC' } });
  }
}
