import { Viewer } from '@salesgraph/auth';
import { SalesReportKind } from '@salesgraph/domain';
import { dateSortKey, Transaction } from '@salesgraph/persistence';
import { defineList, ListPage } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { SalesReportFilter } from '../generated/resolvers.generated';
import { performanceScope } from '../access';
import { visibleRepsOnly } from '../sales-rep/sales-rep.repository';
import { SalesReportEntity } from './sales-report.entity';

/** Sales reports, latest due first. */
export const salesReportList = defineList<SalesReportEntity, 'dueAt'>({
  type: 'SalesReport',
  idColumn: 'report.id',
  keys: { dueAt: dateSortKey('report.due_at', (report) => report.dueAt) },
  defaultSort: { field: 'dueAt', direction: 'DESC' },
});

export class SalesReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the rep's report of this kind and period is already in. */
  isIn(repId: string, kind: SalesReportKind, periodLabel: string): Promise<boolean> {
    return this.dataSource.getRepository(SalesReportEntity).existsBy({ repId, kind, period: periodLabel });
  }

  /** One page of the reports the viewer may read, and how many there are on all pages. */
  async page(viewer: Viewer, page: ListPage<'dueAt'>, filter: SalesReportFilter): Promise<[SalesReportEntity[], number]> {
    const query = this.dataSource.getRepository(SalesReportEntity).createQueryBuilder('report');
    visibleRepsOnly(query, performanceScope(viewer), 'report.rep_id');
    if (filter.repId) query.andWhere('report.rep_id = :rep', { rep: filter.repId });
    if (filter.kind) query.andWhere('report.kind = :kind', { kind: filter.kind });
    if (filter.onTime != null) query.andWhere('report.on_time = :onTime', { onTime: filter.onTime });
    const total = await query.clone().getCount();
    const rows = await salesReportList.fetch(query, page).getMany();
    return [rows, total];
  }

  insert(transaction: Transaction, report: SalesReportEntity): Promise<unknown> {
    return transaction.insert(SalesReportEntity, report);
  }
}
