/** A visit report is due this long after the visit, unless configured otherwise (DOMAIN.md §1). */
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

export type SalesReportKind = 'WEEKLY' | 'MONTHLY';

/** A weekly report is due by the end of the day after its week; a monthly one within three days of its month. */
export function salesReportDueAt(kind: SalesReportKind, lastDayOfPeriod: string): Date {
  return endOfDayAfter(lastDayOfPeriod, kind === 'WEEKLY' ? 1 : 3);
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
