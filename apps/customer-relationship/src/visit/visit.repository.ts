import { Viewer } from '@salesgraph/auth';
import { dateSortKey } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource, EntityManager, In } from 'typeorm';
import { visibleThroughCustomer } from '../customer/customer.repository';
import { AssessmentQuestionSetEntity, VisitAssessmentEntity, VisitContactEntity, VisitEntity, VisitKind, VisitReportAmendmentEntity } from './visit.entity';

export interface VisitListFilter {
  customerId?: string | null;
  repId?: string | null;
  kind?: VisitKind[] | null;
  from?: Date | null;
  before?: Date | null;
  reportMissing?: boolean | null;
}

export type VisitSortField = 'VISITED_AT' | 'REPORT_DUE_AT';

/** Visits, newest first unless the client sorts otherwise. */
export const visitList = defineList<VisitEntity, VisitSortField>({
  type: 'Visit',
  idColumn: 'visit.id',
  keys: {
    VISITED_AT: dateSortKey('visit.visited_at', (row) => row.visitedAt),
    REPORT_DUE_AT: dateSortKey('visit.report_due_at', (row) => row.reportDueAt),
  },
  defaultSort: { field: 'VISITED_AT', direction: 'DESC' },
});

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

  /** One page (plus one row, to tell if more follow) and the total count. */
  async page(viewer: Viewer, filter: VisitListFilter, page: ListPage<VisitSortField>): Promise<[VisitEntity[], number]> {
    const query = this.visible(viewer, true);
    if (filter.customerId) query.andWhere('visit.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.repId) query.andWhere('visit.rep_id = :repId', { repId: filter.repId });
    if (filter.kind?.length) query.andWhere('visit.kind IN (:...kinds)', { kinds: filter.kind });
    if (filter.from) query.andWhere('visit.visited_at >= :from', { from: filter.from });
    if (filter.before) query.andWhere('visit.visited_at < :before', { before: filter.before });
    if (filter.reportMissing != null) query.andWhere(filter.reportMissing ? 'visit.report_submitted_at IS NULL' : 'visit.report_submitted_at IS NOT NULL');
    const total = await query.clone().getCount();
    return [await visitList.fetch(query, page).getMany(), total];
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

  /** The newest question set, as committed or within `manager`'s transaction; undefined before any is published. */
  async latestQuestionSet(manager: EntityManager = this.dataSource.manager): Promise<AssessmentQuestionSetEntity | undefined> {
    const [current] = await manager.getRepository(AssessmentQuestionSetEntity).find({ order: { version: 'DESC' }, take: 1 });
    return current;
  }

  async currentQuestionSet(): Promise<AssessmentQuestionSetEntity> {
    const current = await this.latestQuestionSet();
    if (!current) throw new Error('no assessment question set: run the migrations');
    return current;
  }

  amendmentsOf(visitIds: readonly string[]): Promise<VisitReportAmendmentEntity[]> {
    return this.dataSource
      .getRepository(VisitReportAmendmentEntity)
      .find({ where: { visitId: In([...visitIds]) }, order: { visitId: 'ASC', position: 'ASC' } });
  }

  insert(manager: EntityManager, visit: VisitEntity): Promise<unknown> {
    return manager.insert(VisitEntity, visit);
  }

  insertContactsMet(manager: EntityManager, rows: Array<Pick<VisitContactEntity, 'visitId' | 'contactId'>>): Promise<unknown> {
    return manager.insert(VisitContactEntity, rows);
  }

  insertAssessment(manager: EntityManager, assessment: Partial<VisitAssessmentEntity>): Promise<unknown> {
    return manager.insert(VisitAssessmentEntity, assessment);
  }

  /** How many amendments the visit's report has: the next one's position follows. */
  amendmentCount(manager: EntityManager, visitId: string): Promise<number> {
    return manager.countBy(VisitReportAmendmentEntity, { visitId });
  }

  insertAmendment(manager: EntityManager, amendment: Partial<VisitReportAmendmentEntity>): Promise<unknown> {
    return manager.insert(VisitReportAmendmentEntity, amendment);
  }

  insertQuestionSet(manager: EntityManager, set: AssessmentQuestionSetEntity): Promise<unknown> {
    return manager.insert(AssessmentQuestionSetEntity, set);
  }
}
