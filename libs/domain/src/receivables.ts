/**
 * Receivables (docs/domain.md#receivables): profit is not real until it is cash. Aging
 * buckets by days past due, and days sales outstanding.
 */
export type AgingBucket = 'CURRENT' | 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'OVER_90';

const DAY_MS = 86_400_000;

/** Whole days an ISO due date lies behind `asOf` (0 or less is not overdue). */
export function daysPastDue(dueDate: string, asOf: Date): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const today = Date.parse(`${asOf.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((today - due) / DAY_MS);
}

export function agingBucket(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'CURRENT';
  if (daysOverdue <= 30) return 'DAYS_1_30';
  if (daysOverdue <= 60) return 'DAYS_31_60';
  if (daysOverdue <= 90) return 'DAYS_61_90';
  return 'OVER_90';
}

export interface Aging {
  CURRENT: number;
  DAYS_1_30: number;
  DAYS_31_60: number;
  DAYS_61_90: number;
  OVER_90: number;
}

/** Outstanding amounts (minor units) summed into their buckets. */
export function ageReceivables(open: ReadonlyArray<{ dueDate: string; outstandingMinor: number }>, asOf: Date): Aging {
  const aging: Aging = { CURRENT: 0, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 0 };
  for (const invoice of open) aging[agingBucket(daysPastDue(invoice.dueDate, asOf))] += invoice.outstandingMinor;
  return aging;
}

/** The due date of an invoice issued on `issuedAt` under `termsDays` payment terms. */
export function dueDateFor(issuedAt: Date, termsDays: number): string {
  return new Date(Date.parse(`${issuedAt.toISOString().slice(0, 10)}T00:00:00Z`) + termsDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days sales outstanding: receivables ÷ sales over the period × its days.
 * Null when there were no sales to measure against.
 */
export function daysSalesOutstanding(outstandingMinor: number, salesInPeriodMinor: number, periodDays: number): number | null {
  if (salesInPeriodMinor <= 0) return null;
  return Math.round((outstandingMinor / salesInPeriodMinor) * periodDays * 10) / 10;
}
