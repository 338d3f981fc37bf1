import { addDays, isoWeekOf } from './period';

/** A visit report is due this long after the visit, unless configured otherwise (docs/domain.md#visits). */
export const DEFAULT_VISIT_REPORT_DUE_HOURS = 24;

const HOUR_MS = 3_600_000;

export function reportDueAt(happenedAt: Date, dueHours = DEFAULT_VISIT_REPORT_DUE_HOURS): Date {
  return new Date(happenedAt.getTime() + dueHours * HOUR_MS);
}

/**
 * Whether a report came in time: true or false once submitted, false once
 * the deadline has passed without it, null while it may still be on time.
 */
export function reportOnTime(dueAt: Date, submittedAt: Date | null, now: Date): boolean | null {
  if (submittedAt) return submittedAt.getTime() <= dueAt.getTime();
  return now.getTime() > dueAt.getTime() ? false : null;
}

const DAY_MS = 86_400_000;

/** The end (last millisecond) of the day `days` after an ISO day. */
function endOfDayAfter(day: string, days: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (days + 1) * DAY_MS - 1);
}

/**
 * The periodic reports a rep writes (docs/domain.md#reports and the guide's self-management checklist: market-information
 * reports, weekly and monthly sales reports): WEEKLY covers an ISO week, MONTHLY and MARKET (the market-information
 * report: competitors' products, prices and moves, customers' demand, the region's trend) a month.
 */
export type SalesReportKind = 'WEEKLY' | 'MONTHLY' | 'MARKET';

/** Days after its period's last day by whose end each kind is due. */
export const SALES_REPORT_DUE_DAYS: Readonly<Record<SalesReportKind, number>> = {
  WEEKLY: 1,
  MONTHLY: 3,
  /**
   * Five days: the market-information report draws on the whole month's competitor notes, visits and orders and on
   * prices gathered in the field, so it comes after the monthly sales report (three days) but inside the first week,
   * while it can still shape the month's plan.
   */
  MARKET: 5,
};

/** The ISO week (WEEKLY) or month (MONTHLY, MARKET) a kind of report covers. */
export const SALES_REPORT_PERIOD: Readonly<Record<SalesReportKind, 'WEEK' | 'MONTH'>> = { WEEKLY: 'WEEK', MONTHLY: 'MONTH', MARKET: 'MONTH' };

/** A weekly report is due by the end of the day after its week; a monthly one within three days of its month; a market-information one within five. */
export function salesReportDueAt(kind: SalesReportKind, lastDayOfPeriod: string): Date {
  return endOfDayAfter(lastDayOfPeriod, SALES_REPORT_DUE_DAYS[kind]);
}

/**
 * The periodic reports falling due on a day, each kind once per period: report timeliness counts a report in the
 * period holding its due day, for the team the rep was in on that day.
 */
export function salesReportsDueOn(day: string): Array<{ kind: SalesReportKind; period: string; dueAt: Date }> {
  const due: Array<{ kind: SalesReportKind; period: string; dueAt: Date }> = [];
  for (const kind of Object.keys(SALES_REPORT_DUE_DAYS) as SalesReportKind[]) {
    const periodEnded = addDays(day, -SALES_REPORT_DUE_DAYS[kind]);
    const next = addDays(periodEnded, 1);
    if (SALES_REPORT_PERIOD[kind] === 'WEEK' ? new Date(`${next}T00:00:00Z`).getUTCDay() === 1 : next.endsWith('-01')) {
      due.push({
        kind,
        period: SALES_REPORT_PERIOD[kind] === 'WEEK' ? isoWeekOf(periodEnded) : periodEnded.slice(0, 7),
        dueAt: salesReportDueAt(kind, periodEnded),
      });
    }
  }
  return due;
}

/** An expense is claimed within 30 days of being incurred. */
export const EXPENSE_CLAIM_DUE_DAYS = 30;

export function expenseClaimDueAt(incurredOn: string): Date {
  return endOfDayAfter(incurredOn, EXPENSE_CLAIM_DUE_DAYS);
}

/** An order is entered within a day of being taken: the guide counts orders among the reports due. */
export const ORDER_ENTRY_DUE_HOURS = 24;

export function orderEntryOnTime(orderedAt: Date, recordedAt: Date): boolean {
  return recordedAt.getTime() <= orderedAt.getTime() + ORDER_ENTRY_DUE_HOURS * HOUR_MS;
}
