/**
 * A reporting period: a day, ISO week, month, quarter or year, as the text a
 * person types ("2026-11-29", "2026-W48", "2026-11", "2026-Q4", "2026").
 * Day keys are ISO dates ("YYYY-MM-DD") so they compare as strings in SQL on
 * every database.
 */
export type PeriodKind = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

export interface Period {
  readonly kind: PeriodKind;
  readonly label: string;
  /** First day in the period. */
  readonly firstDay: string;
  /** Last day in the period (inclusive). */
  readonly lastDay: string;
}

/** What a resolver may answer for a Period: the period, or its label as stored. */
export type PeriodOrLabel = Period | string;

export class PeriodFormatError extends Error {}

const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ['YEAR', /^(\d{4})$/],
  ['QUARTER', /^(\d{4})-Q([1-4])$/],
  ['MONTH', /^(\d{4})-(\d{2})$/],
  ['WEEK', /^(\d{4})-W(\d{2})$/],
  ['DAY', /^(\d{4})-(\d{2})-(\d{2})$/],
];

export function parsePeriod(text: string): Period {
  const label = text.trim();
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(label);
    if (!match) continue;
    const year = Number(match[1]);
    const part = Number(match[2]);
    switch (kind) {
      case 'YEAR':
        return period(kind, label, utc(year, 0, 1), utc(year, 11, 31));
      case 'QUARTER':
        return period(kind, label, utc(year, (part - 1) * 3, 1), utc(year, part * 3, 0));
      case 'MONTH':
        if (part < 1 || part > 12) break;
        return period(kind, label, utc(year, part - 1, 1), utc(year, part, 0));
      case 'WEEK': {
        if (part < 1 || part > isoWeeksInYear(year)) break;
        const monday = isoWeekOneMonday(year);
        monday.setUTCDate(monday.getUTCDate() + (part - 1) * 7);
        const sunday = new Date(monday);
        sunday.setUTCDate(sunday.getUTCDate() + 6);
        return period(kind, label, monday, sunday);
      }
      case 'DAY': {
        const day = utc(year, part - 1, Number(match[3]));
        if (dayKey(day) !== label) break;
        return period(kind, label, day, day);
      }
    }
  }
  throw new PeriodFormatError(`"${text}" is not a period: use a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29)`);
}

/** The ISO day key of an instant, in UTC. */
export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function period(kind: PeriodKind, label: string, first: Date, last: Date): Period {
  return { kind, label, firstDay: dayKey(first), lastDay: dayKey(last) };
}

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function isoWeekOneMonday(year: number): Date {
  // ISO week 1 is the week holding 4 January.
  const jan4 = utc(year, 0, 4);
  const weekday = (jan4.getUTCDay() + 6) % 7;
  return utc(year, 0, 4 - weekday);
}

function isoWeeksInYear(year: number): number {
  const next = isoWeekOneMonday(year + 1).getTime();
  return Math.round((next - isoWeekOneMonday(year).getTime()) / (7 * 86_400_000));
}

/** The period of the same kind just before: retention and growth compare a period with it. */
export function previousPeriod(current: Period): Period {
  const first = new Date(`${current.firstDay}T00:00:00Z`);
  const year = first.getUTCFullYear();
  switch (current.kind) {
    case 'YEAR':
      return parsePeriod(String(year - 1));
    case 'QUARTER': {
      const quarter = Math.floor(first.getUTCMonth() / 3) + 1;
      return parsePeriod(quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`);
    }
    case 'MONTH': {
      const before = new Date(Date.UTC(year, first.getUTCMonth() - 1, 1));
      return parsePeriod(dayKey(before).slice(0, 7));
    }
    case 'WEEK':
    case 'DAY': {
      const length = current.kind === 'WEEK' ? 7 : 1;
      const start = new Date(first.getTime() - length * 86_400_000);
      const end = new Date(first.getTime() - 86_400_000);
      return { kind: current.kind, label: current.kind === 'DAY' ? dayKey(start) : isoWeekLabel(start), firstDay: dayKey(start), lastDay: dayKey(end) };
    }
  }
}

/**
 * Latest period first, by the calendar rather than the label's text (which
 * puts 2026-Q4 before 2026-11): the later end first, then, of two ending on
 * the same day, the later start (the month before its quarter, the quarter
 * before its year).
 */
export function latestPeriodFirst(a: Period, b: Period): number {
  if (a.lastDay !== b.lastDay) return a.lastDay < b.lastDay ? 1 : -1;
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? 1 : -1;
  return 0;
}

/** Adds whole days to an ISO day key. */
export function addDays(day: string, days: number): string {
  return dayKey(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** The label of the ISO week holding a day, e.g. 2026-11-29 → 2026-W48. */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return isoWeekLabel(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000));
}

function isoWeekLabel(monday: Date): string {
  // The ISO year of a week is the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.round((monday.getTime() - isoWeekOneMonday(year).getTime()) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
