import { formatMoney, MoneyFormatError, parseMoney } from '@salesgraph/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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
  serialize: (value) => formatMoney(Number(value)),
  parseValue: moneyFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError('Money is a decimal string such as "1234.50"');
    return moneyFromText(ast.value);
  },
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function instantFromText(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw userError('DateTime is an ISO-8601 instant with a zone, e.g. "2026-11-29T09:30:00Z"');
  }
  return new Date(value);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO-8601 string in UTC, e.g. "2026-11-29T09:30:00.000Z".',
  serialize: (value) => new Date(value as Date | string).toISOString(),
  parseValue: instantFromText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw userError('DateTime is an ISO-8601 string');
    return instantFromText(ast.value);
  },
});
