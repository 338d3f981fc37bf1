import { formatMoney, MoneyFormatError, parseMoney, parsePeriod, type Period, PeriodFormatError } from '@salesgraph/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Where the formats of our own scalars are written down for clients (docs/scalars.md in the public repository). */
const SCALARS_DOC = 'https://github.com/salesgraph/salesgraph/blob/main/docs/scalars.md';

function userError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function moneyFromText(value: unknown): number {
  if (typeof value !== 'string') throw userError('Money is a decimal string such as "1234.50"');
  try {
    return parseMoney(value);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw userError(error.message);
    throw error;
  }
}

/** Minor units inside, decimal strings outside. */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount of money as a decimal string with two places, e.g. "1234.50", in the deployment currency.',
  specifiedByURL: `${SCALARS_DOC}#money`,
  serialize: (value) => formatMoney(Number(value)),
  parseValue: moneyFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError('Money is a decimal string such as "1234.50"');
    return moneyFromText(ast.value);
  },
});

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const INSTANT_FORMAT = 'DateTime is an ISO-8601 instant with a zone, e.g. "2026-11-29T09:30:00Z"';

/**
 * Whether the fields of an ISO instant name a day and time that exist. Date.parse moves some that do not (30 February
 * becomes 2 March, hour 24 the next day) rather than refusing them: an order dated so would be recorded on another day.
 */
function existingInstant([, year, month, day, hour, minute, second = '0', offsetHour = '0', offsetMinute = '0']: RegExpExecArray): boolean {
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(month) - 1];
  return (
    daysInMonth !== undefined &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHour) <= 23 &&
    Number(offsetMinute) <= 59
  );
}

function instantFromText(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  if (!match) throw userError(INSTANT_FORMAT);
  if (!existingInstant(match)) throw userError(`"${match.input}" is not a date and time that exists (no 30 February, hour 24 or minute 60): ${INSTANT_FORMAT}`);
  const at = new Date(match.input);
  if (Number.isNaN(at.getTime())) throw userError(INSTANT_FORMAT);
  return at;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO-8601 string in UTC, e.g. "2026-11-29T09:30:00.000Z".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => new Date(value as Date | string).toISOString(),
  parseValue: instantFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError('DateTime is an ISO-8601 string');
    return instantFromText(ast.value);
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists: Date.parse would move 30 February to 2 March, so the day is printed back and compared. */
function dateFromText(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const day = new Date(`${text}T00:00:00Z`);
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw userError(`"${text}" is not a date: use YYYY-MM-DD`);
  }
  return value;
}

/** A day as stored (an ISO day, or an instant whose UTC day it is) shown as YYYY-MM-DD. */
function dayOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) throw new TypeError(`Date cannot show "${text}"`);
  return text.slice(0, 10);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date as YYYY-MM-DD (RFC 3339 full-date), a day that exists, e.g. "2026-11-29".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: dayOf,
  parseValue: dateFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError('Date is a string YYYY-MM-DD, e.g. "2026-11-29"');
    return dateFromText(ast.value);
  },
});

const PERIOD_FORMAT = 'Period is a string: a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29)';

function periodFromText(value: unknown): Period {
  if (typeof value !== 'string') throw userError(PERIOD_FORMAT);
  try {
    return parsePeriod(value);
  } catch (error) {
    if (error instanceof PeriodFormatError) throw userError(error.message);
    throw error;
  }
}

/** The domain's Period inside (its kind and first and last days), its label outside. */
export const PeriodScalar = new GraphQLScalarType<Period, string>({
  name: 'Period',
  description: 'A reporting period: a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29).',
  specifiedByURL: `${SCALARS_DOC}#period`,
  serialize: (value) => (typeof value === 'string' ? parsePeriod(value).label : (value as Period).label),
  parseValue: periodFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError(PERIOD_FORMAT);
    return periodFromText(ast.value);
  },
});
