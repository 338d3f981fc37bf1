import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** Rows to return. */
  readonly first: number;
  /** The sort key of the last row already seen, if any. */
  readonly after?: string;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Validates Relay arguments: `first` within 1…100, `after` a cursor we issued. */
export function pageRequest(args: { first?: number | null; after?: string | null }, type: string): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.after == null) return { first };
  return { first, after: decodeCursor(args.after, type) };
}

export function encodeCursor(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, type: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${type}:`)) throw badUserInput('after', 'after is not a cursor from this list');
  return text.slice(type.length + 1);
}

/**
 * Sort keys for lists ordered by a value then id (an instant or an ISO date),
 * packed into one cursor key: "value|id".
 */
export function compositeKey(value: Date | string | number, id: string): string {
  return `${value instanceof Date ? value.toISOString() : String(value)}|${id}`;
}

export function splitCompositeKey(key: string): { value: string; id: string } {
  const at = key.lastIndexOf('|');
  if (at < 0) throw badUserInput('after', 'after is not a cursor from this list');
  return { value: key.slice(0, at), id: key.slice(at + 1) };
}
