/** Customer value tiers: A is a key account. */
export const CUSTOMER_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type CustomerClass = (typeof CUSTOMER_CLASSES)[number];

/** How often each class should be visited, in days, unless a director changes it (docs/domain.md#visit-policy). */
export const DEFAULT_VISIT_INTERVAL_DAYS: Readonly<Record<CustomerClass, number>> = { A: 7, B: 14, C: 30, D: 90 };

const DAY_MS = 86_400_000;

/**
 * The moment a customer becomes overdue: its last visit plus the class's
 * interval. A customer never visited is overdue from its filing date plus the
 * interval, so a new account gets a first visit in time too.
 */
export function visitDueAt(lastVisitAt: Date | null, filedAt: Date, intervalDays: number): Date {
  return new Date((lastVisitAt ?? filedAt).getTime() + intervalDays * DAY_MS);
}

export function isVisitOverdue(lastVisitAt: Date | null, filedAt: Date, intervalDays: number, now: Date): boolean {
  return visitDueAt(lastVisitAt, filedAt, intervalDays).getTime() < now.getTime();
}

/** Whole days past due (0 when not overdue). */
export function daysOverdue(lastVisitAt: Date | null, filedAt: Date, intervalDays: number, now: Date): number {
  const late = now.getTime() - visitDueAt(lastVisitAt, filedAt, intervalDays).getTime();
  return late > 0 ? Math.floor(late / DAY_MS) : 0;
}
