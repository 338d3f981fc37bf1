/**
 * Dates that move money (docs/domain.md#date-bounds): an
 * invoice dated before its order inflates DSO, a payment dated before its
 * invoice or in the future bends the collection rate, a visit in 1900 or a
 * next step before its visit distorts coverage and timeliness. Every date a
 * person types is held between bounds that say why, and those bounds are
 * named here once.
 */

/** The earliest date anyone may type: nothing the company records happened before it. */
export const EARLIEST_DATE = '2000-01-01';
export const EARLIEST_INSTANT = new Date(`${EARLIEST_DATE}T00:00:00.000Z`);

/** The furthest ahead a planned date (a next step, an expected close) may lie. */
export const LATEST_PLANNING_YEARS = 10;

/** Clocks differ a little between a rep's phone and the server: "now" is read with this much slack. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** One side of a date's range: the instant and what it is, for the message. */
export interface DateBound {
  readonly at: Date;
  /** How the message names the bound, e.g. "the order date" or "now". */
  readonly what: string;
  /** Slack the bound allows (clock skew against "now"). */
  readonly slackMs?: number;
}

/** The bound every typed instant has below it. */
export const EARLIEST_BOUND: DateBound = { at: EARLIEST_INSTANT, what: 'the earliest date accepted' };

/** "Now" as an upper bound, with clock skew. */
export function nowBound(now: Date): DateBound {
  return { at: now, what: 'now', slackMs: CLOCK_SKEW_MS };
}

/** The furthest a planned instant may lie ahead of `now`. */
export function planningHorizon(now: Date): DateBound {
  const at = new Date(now.getTime());
  at.setUTCFullYear(at.getUTCFullYear() + LATEST_PLANNING_YEARS);
  return { at, what: `${LATEST_PLANNING_YEARS} years from now` };
}

/**
 * Why `value` lies outside [every lower bound, every upper bound], naming
 * the bound it breaks and its instant; null when it lies within.
 */
export function dateOutOfBounds(value: Date, lower: readonly DateBound[], upper: readonly DateBound[] = []): string | null {
  if (Number.isNaN(value.getTime())) return 'is not a date';
  for (const bound of lower) {
    if (value.getTime() < bound.at.getTime() - (bound.slackMs ?? 0)) return `may not be before ${bound.what} (${describe(bound.at)})`;
  }
  for (const bound of upper) {
    if (value.getTime() > bound.at.getTime() + (bound.slackMs ?? 0)) return `may not be after ${bound.what} (${describe(bound.at)})`;
  }
  return null;
}

/**
 * The same for a calendar day (YYYY-MM-DD): compared as whole days in UTC,
 * so "today" is within a lower bound of today.
 */
export function dayOutOfBounds(day: string, lower: readonly DateBound[], upper: readonly DateBound[] = []): string | null {
  const toDay = (bound: DateBound): DateBound => ({ at: new Date(`${bound.at.toISOString().slice(0, 10)}T00:00:00.000Z`), what: bound.what });
  return dateOutOfBounds(new Date(`${day}T00:00:00.000Z`), lower.map(toDay), upper.map(toDay));
}

function describe(at: Date): string {
  const iso = at.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
