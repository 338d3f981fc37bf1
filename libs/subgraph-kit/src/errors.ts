import { GraphQLError, GraphQLFormattedError } from 'graphql';

/**
 * The error codes a client may see, with the message kept. Anything else is
 * an internal fault: logged with its detail, shown as a plain internal error.
 */
export const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  // A query over the limits of query-limits.ts: the client sends a smaller one.
  'QUERY_TOO_COMPLEX',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Input the caller must correct; `field` is the path into the arguments, e.g. `input.total`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function forbidden(message = 'You may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${what} ${id} was not found`, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
}

/** CONFLICT; with `currentVersion` when the record stands at a newer version, so a client can reload or merge without parsing the message. */
export function conflict(message: string, details: { currentVersion?: number } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === 'string' && (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * A malformed custom-scalar literal (`total: 100` for Money) is the client's
 * input error, but graphql-js finds it while validating, and Apollo Server
 * codes it GRAPHQL_VALIDATION_FAILED around the scalar's own BAD_USER_INPUT.
 * This gives it back its code, keeping the message and the argument path.
 */
export function scalarLiteralError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  if (formatted.extensions?.['code'] !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return undefined;
  const original = error.originalError;
  if (!(original instanceof GraphQLError) || original.extensions['code'] !== 'BAD_USER_INPUT') return undefined;
  const field = formatted.extensions['field'];
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'BAD_USER_INPUT', ...(field !== undefined ? { field } : {}) },
  };
}

/** One invalid field of an input: where and what to correct. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Runs every check of an input and answers their values, or refuses the
 * input once with every invalid field: `extensions.field` and the message are
 * the first problem's (for a client that shows one), and when there are
 * several `extensions.problems` lists them all, so a form marks every field
 * it must correct at once.
 */
export function allValid<T extends Record<string, () => unknown>>(checks: T): { [K in keyof T]: ReturnType<T[K]> } {
  const values: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const [name, check] of Object.entries(checks)) {
    try {
      values[name] = check();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions['code'] !== 'BAD_USER_INPUT' || typeof error.extensions['field'] !== 'string') throw error;
      // A nested allValid (an order's lines) has already gathered its own.
      const nested = error.extensions['problems'];
      if (Array.isArray(nested)) problems.push(...(nested as InputProblem[]));
      else problems.push({ field: error.extensions['field'], message: error.message });
    }
  }
  if (problems.length === 0) return values as { [K in keyof T]: ReturnType<T[K]> };
  const [first] = problems;
  if (problems.length === 1) return badUserInputThrown(first);
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more: ${problems
          .slice(1)
          .map((problem) => problem.field)
          .join(', ')})`
      : '';
  throw new GraphQLError(`${first.message}${more}`, { extensions: { code: 'BAD_USER_INPUT', field: first.field, problems } });
}

function badUserInputThrown(problem: InputProblem): never {
  throw badUserInput(problem.field, problem.message);
}
