import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { dayKey, SALES_REPORT_PERIOD, salesReportDueAt, SalesReportKind } from '@salesgraph/domain';
import { appendToOutbox } from '@salesgraph/events';
import { Database, transact } from '@salesgraph/persistence';
import { badUserInput, ListPage, optionalText, requiredText, wholeNumber, zeroOrMore } from '@salesgraph/subgraph-kit';
import { ownRep } from '../access';
import { SalesReportEntity } from './sales-report.entity';
import { SalesReportRepository } from './sales-report.repository';
import { SalesReportFilter, SubmitSalesReportInput } from '../generated/resolvers.generated';

const KIND_NAME: Readonly<Record<SalesReportKind, string>> = { WEEKLY: 'weekly', MONTHLY: 'monthly', MARKET: 'market-information' };

/** Weekly and monthly sales reports and monthly market-information reports: what happened, what is in the way, what comes next, and whether it came in time. */
export class SalesReportService {
  private readonly reports: SalesReportRepository;

  constructor(private readonly database: Database) {
    this.reports = new SalesReportRepository(database);
  }

  async submit(viewer: Viewer, input: SubmitSalesReportInput, now = new Date()): Promise<SalesReportEntity> {
    const rep = await ownRep(this.database, viewer, 'submit sales reports');
    const period = input.period;
    const expected = SALES_REPORT_PERIOD[input.kind];
    if (period.kind !== expected)
      throw badUserInput(
        'input.period',
        `a ${KIND_NAME[input.kind]} report covers a ${expected.toLowerCase()}, e.g. ${expected === 'WEEK' ? '2026-W48' : '2026-11'}`,
      );
    if (period.firstDay > dayKey(now)) throw badUserInput('input.period', `${period.label} has not started yet`);
    if (await this.reports.isIn(rep.id, input.kind, period.label)) {
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
    return transact(this.database, async (manager) => {
      await this.reports.insert(manager, report);
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
  page(viewer: Viewer, page: ListPage<'dueAt'>, filter: SalesReportFilter): Promise<[SalesReportEntity[], number]> {
    return this.reports.page(viewer, page, filter);
  }
}
