import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { dayKey, SALES_REPORT_PERIOD, salesReportDueAt, SalesReportKind } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { keysetPage, transact } from '@salesgraph/persistence';
import { badUserInput, optionalText, PageRequest, periodArgument, requiredText, splitCompositeKey, wholeNumber, zeroOrMore } from '@salesgraph/subgraph-kit';
import { DataSource } from 'typeorm';
import { ownRep, visibleRepsOnly } from '../access';
import { SalesReportEntity } from './sales-report.entity';

export interface SubmitSalesReportInput {
  kind: SalesReportKind;
  period: string;
  summary: string;
  problems?: string | null;
  nextPlan?: string | null;
  supportNeeded?: string | null;
  visitsPlanned?: number | null;
  forecast?: number | null;
}

const KIND_NAME: Readonly<Record<SalesReportKind, string>> = { WEEKLY: 'weekly', MONTHLY: 'monthly', MARKET: 'market-information' };

/** Weekly and monthly sales reports and monthly market-information reports: what happened, what is in the way, what comes next, and whether it came in time. */
export class SalesReportService {
  constructor(private readonly dataSource: DataSource) {}

  async submit(viewer: Viewer, input: SubmitSalesReportInput, now = new Date()): Promise<SalesReportEntity> {
    const rep = await ownRep(this.dataSource, viewer, 'submit sales reports');
    const period = periodArgument(input.period, 'input.period');
    const expected = SALES_REPORT_PERIOD[input.kind];
    if (period.kind !== expected)
      throw badUserInput(
        'input.period',
        `a ${KIND_NAME[input.kind]} report covers a ${expected.toLowerCase()}, e.g. ${expected === 'WEEK' ? '2026-W48' : '2026-11'}`,
      );
    if (period.firstDay > dayKey(now)) throw badUserInput('input.period', `${period.label} has not started yet`);
    if (await this.dataSource.getRepository(SalesReportEntity).existsBy({ repId: rep.id, kind: input.kind, period: period.label })) {
      throw badUserInput('input.period', `your ${KIND_NAME[input.kind]} report for ${period.label} is already in`);
    }
    if (input.visitsPlanned != null) wholeNumber(input.visitsPlanned, 'input.visitsPlanned', 0, 1_000);
    if (input.forecast != null) zeroOrMore(input.forecast, 'input.forecast');
    const dueAt = salesReportDueAt(input.kind, period.lastDay);
    const report = Object.assign(new SalesReportEntity(), {
      id: randomUUID(),
      repId: rep.id,
      kind: input.kind,
      period: period.label,
      dueAt,
      submittedAt: now,
      onTime: now.getTime() <= dueAt.getTime(),
      summary: requiredText(input.summary, 'input.summary', 10_000),
      problems: optionalText(input.problems, 'input.problems', 10_000) ?? null,
      nextPlan: optionalText(input.nextPlan, 'input.nextPlan', 10_000) ?? null,
      supportNeeded: optionalText(input.supportNeeded, 'input.supportNeeded', 10_000) ?? null,
      visitsPlanned: input.visitsPlanned ?? null,
      forecastMinor: input.forecast ?? null,
    });
    return transact(this.dataSource, async (manager) => {
      await manager.insert(SalesReportEntity, report);
      await appendToOutbox(manager, [
        {
          type: 'SalesReportSubmitted',
          aggregateId: report.id,
          payload: {
            reportId: report.id,
            repId: report.repId,
            kind: report.kind,
            period: report.period,
            dueAt: dueAt.toISOString(),
            submittedAt: now.toISOString(),
            onTime: report.onTime,
          },
        },
      ]);
      return report;
    });
  }

  /** Reports the viewer may read, latest due first. */
  async page(
    viewer: Viewer,
    page: PageRequest,
    filter: { repId?: string | null; kind?: SalesReportKind | null; onTime?: boolean | null },
  ): Promise<[SalesReportEntity[], number]> {
    const query = this.dataSource.getRepository(SalesReportEntity).createQueryBuilder('report');
    visibleRepsOnly(query, viewer, 'report.rep_id');
    if (filter.repId) query.andWhere('report.rep_id = :rep', { rep: filter.repId });
    if (filter.kind) query.andWhere('report.kind = :kind', { kind: filter.kind });
    if (filter.onTime != null) query.andWhere('report.on_time = :onTime', { onTime: filter.onTime });
    const total = await query.clone().getCount();
    const cursor = page.after === undefined ? undefined : splitCompositeKey(page.after);
    const order = { column: 'report.due_at', idColumn: 'report.id', direction: 'DESC' as const };
    const rows = await keysetPage(query, order, cursor && { value: new Date(cursor.value), id: cursor.id }, page.first + 1).getMany();
    return [rows, total];
  }
}
