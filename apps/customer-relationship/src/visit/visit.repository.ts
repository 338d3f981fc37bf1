import { Viewer } from '@salesgraph/auth';
import { dateSortKey, SortKey } from '@salesgraph/persistence';
import { ListSort, sortedPage } from '../sorting';
import { DataSource, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { AssessmentQuestionSetEntity, VisitAssessmentEntity, VisitContactEntity, VisitEntity, VisitKind } from './visit.entity';

export interface VisitListFilter {
  customerId?: string | null;
  repId?: string | null;
  kind?: VisitKind[] | null;
  from?: Date | null;
  before?: Date | null;
  reportMissing?: boolean | null;
}

export type VisitSort = ListSort<'VISITED_AT' | 'REPORT_DUE_AT'>;
export const DEFAULT_VISIT_SORT: VisitSort = { field: 'VISITED_AT', direction: 'DESC' };
export const VISIT_SORT_KEYS: Record<VisitSort['field'], SortKey<VisitEntity>> = {
  VISITED_AT: dateSortKey('visit.visited_at', (row) => row.visitedAt),
  REPORT_DUE_AT: dateSortKey('visit.report_due_at', (row) => row.reportDueAt),
};

/** Visits are as visible as their customers. */
export class VisitRepository {
  constructor(private readonly dataSource: DataSource) {}

  private visible(viewer: Viewer, credited = false) {
    return visibleThroughCustomer(this.dataSource, VisitEntity, 'visit', viewer, credited);
  }

  /** Visits whose customer the viewer may work on; with `credited`, for reading, also those the viewer's scope made. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[], credited = false): Promise<VisitEntity[]> {
    return this.visible(viewer, credited).andWhere('visit.id IN (:...ids)', { ids }).getMany();
  }

  /** Newest first; the cursor is the last row's (visitedAt, id). */
  async page(
    viewer: Viewer,
    filter: VisitListFilter,
    first: number,
    after: string | undefined,
    sort: VisitSort = DEFAULT_VISIT_SORT,
  ): Promise<[VisitEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('visit.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('visit.rep_id = :repId', { repId: filter.repId });
    if (filter.kind?.length) query.andWhere('visit.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.from) query.andWhere('visit.visited_at >= :from', { from: filter.from });
    if (filter.before) query.andWhere('visit.visited_at < :before', { before: filter.before });
    if (filter.reportMissing != null) query.andWhere(filter.reportMissing ? 'visit.report_submitted_at IS NULL' : 'visit.report_submitted_at IS NOT NULL');
    const total = await query.clone().getCount();
    const rows = await sortedPage(query, VISIT_SORT_KEYS, 'visit.id', sort, after, first + 1).getMany();
    return [rows, total];
  }

  /** The latest visit of each customer: one query for a page of customers. */
  async latestOf(customerIds: readonly string[]): Promise<VisitEntity[]> {
    const rows = await this.dataSource
      .getRepository(VisitEntity)
      .createQueryBuilder('visit')
      .where('visit.customer_id IN (:...customerIds)', { customerIds })
      .andWhere('visit.visited_at = (SELECT MAX(latest.visited_at) FROM visit latest WHERE latest.customer_id = visit.customer_id)')
      .orderBy('visit.id', 'ASC')
      .getMany();
    const byCustomer = new Map<string, VisitEntity>();
    for (const row of rows) if (!byCustomer.has(row.customerId)) byCustomer.set(row.customerId, row);
    return [...byCustomer.values()];
  }

  contactsMetOn(visitIds: readonly string[]): Promise<VisitContactEntity[]> {
    return this.dataSource.getRepository(VisitContactEntity).findBy({ visitId: In([...visitIds]) });
  }

  assessmentsOf(visitIds: readonly string[]): Promise<VisitAssessmentEntity[]> {
    return this.dataSource.getRepository(VisitAssessmentEntity).findBy({ visitId: In([...visitIds]) });
  }

  questionSets(versions: readonly number[]): Promise<AssessmentQuestionSetEntity[]> {
    return this.dataSource.getRepository(AssessmentQuestionSetEntity).findBy({ version: In([...versions]) });
  }

  async currentQuestionSet(): Promise<AssessmentQuestionSetEntity> {
    const [current] = await this.dataSource.getRepository(AssessmentQuestionSetEntity).find({ order: { version: 'DESC' }, take: 1 });
    if (!current) throw new Error('no assessment question set: run the migrations');
    return current;
  }
}
