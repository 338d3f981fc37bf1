/**
 * Money is held as an integer count of minor units (cents, fen) and shown as a
 * decimal string. Floats never touch it: 0.1 + 0.2 must not leak into a
 * commission statement.
 */
export const MINOR_DIGITS = 2;
const MINOR_FACTOR = 10 ** MINOR_DIGITS;
const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

export class MoneyFormatError extends Error {}

/** Parses "1234.5" or "1234.50" into 123450 minor units; throws MoneyFormatError otherwise. */
export function parseMoney(text: string): number {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    throw new MoneyFormatError(`"${text}" is not an amount: use a decimal such as 1234.50`);
  }
  const [, sign, whole, fraction = ''] = match;
  const minor = Number(whole) * MINOR_FACTOR + Number(fraction.padEnd(MINOR_DIGITS, '0'));
  return sign ? -minor : minor;
}

/** Formats minor units as a decimal string with exactly two places: 123450 → "1234.50". */
export function formatMoney(minor: number): string {
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyFormatError(`${minor} is not a whole number of minor units`);
  }
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / MINOR_FACTOR);
  const fraction = String(abs % MINOR_FACTOR).padStart(MINOR_DIGITS, '0');
  return `${sign}${whole}.${fraction}`;
}
