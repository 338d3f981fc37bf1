import { badUserInput } from './errors';

/**
 * Required text: trimmed, 1…max characters, or BAD_USER_INPUT on `field`.
 */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badUserInput(field, `${field.split('.').pop()} must be 1–${max} characters`);
  return text;
}

/**
 * Optional text as GraphQL gives it: undefined (left out) stays undefined,
 * null or blank clears to null, longer than `max` is BAD_USER_INPUT on `field`.
 */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null | undefined {
  if (value === undefined) return undefined;
  const text = value?.trim() ?? '';
  if (text.length > max) throw badUserInput(field, `${field.split('.').pop()} must be at most ${max} characters`);
  return text.length ? text : null;
}

/** A whole number within min…max, or BAD_USER_INPUT on `field`. */
export function wholeNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(field, `${field.split('.').pop()} must be a whole number from ${min} to ${max}`);
  return value;
}

/** A positive amount of money in minor units, or BAD_USER_INPUT on `field`. */
export function positiveAmount(minor: number, field: string): number {
  if (!Number.isSafeInteger(minor) || minor <= 0) throw badUserInput(field, `${field.split('.').pop()} must be greater than zero`);
  return minor;
}

/** A whole amount or count of zero or more (minor units, units, basis points), or BAD_USER_INPUT on `field`. */
export function zeroOrMore(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw badUserInput(field, `${field.split('.').pop()} must be zero or more`);
  return value;
}

/** Drops the keys whose value is undefined: what an update leaves alone. */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Clocks differ a little between a rep's phone and the server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** An instant that has happened (give or take five minutes of clock skew), or BAD_USER_INPUT on `field`. */
export function notInFuture(at: Date, field: string, now: Date): Date {
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badUserInput(field, `${field.split('.').pop()} may not be in the future`);
  return at;
}

/**
 * A percentage with at most two decimals, from `min` (or above it, with
 * `aboveMin`) to `max`, as basis points (1 % = 100), or BAD_USER_INPUT on `field`.
 */
export function percentBasisPoints(percent: number, field: string, range: { min?: number; max?: number; aboveMin?: boolean } = {}): number {
  const { min = 0, max = 100, aboveMin = false } = range;
  const bp = Math.round(percent * 100);
  const inRange = (aboveMin ? percent > min : percent >= min) && percent <= max;
  if (!inRange || Math.abs(bp - percent * 100) > 1e-6) {
    throw badUserInput(
      field,
      `${field.split('.').pop()} is a percentage ${aboveMin ? 'over' : 'from'} ${min} ${aboveMin ? 'and at most' : 'to'} ${max}, with at most two decimals`,
    );
  }
  return bp;
}
