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
