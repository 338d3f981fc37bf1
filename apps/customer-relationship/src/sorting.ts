import { keysetPage, SortKey } from '@salesgraph/persistence';
import { badUserInput, compositeKey, PageRequest, pageRequest, splitCompositeKey } from '@salesgraph/subgraph-kit';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A list's sort as a client asks for it. */
export interface ListSort<F extends string> {
  field: F;
  direction?: 'ASC' | 'DESC' | null;
}

/**
 * One page of a list under a client's sort: keyset on (sort value, id), so
 * `after` must come from the same sort.
 */
export function sortedPage<T extends ObjectLiteral, F extends string>(
  query: SelectQueryBuilder<T>,
  keys: Record<F, SortKey<T>>,
  idColumn: string,
  sort: ListSort<F>,
  after: string | undefined,
  limit: number,
): SelectQueryBuilder<T> {
  const key = keys[sort.field];
  const cursor = after === undefined ? undefined : splitCompositeKey(after);
  return keysetPage(
    query,
    { column: key.expression, idColumn, direction: sort.direction === 'DESC' ? 'DESC' : 'ASC' },
    cursor && { value: key.parse(cursor.value), id: cursor.id },
    limit,
  );
}

/** The cursor key of a row under a sort. */
export function sortCursor<T extends { id: string }, F extends string>(keys: Record<F, SortKey<T>>, sort: ListSort<F>, row: T): string {
  return compositeKey(keys[sort.field].value(row), row.id);
}

/** The cursor type of a list under a sort: each cursor names the sort it was issued for. */
export function sortedCursorType<F extends string>(type: string, sort: ListSort<F>): string {
  return `${type}.${sort.field}.${sort.direction === 'DESC' ? 'DESC' : 'ASC'}`;
}

/**
 * Relay arguments for a sorted list: a cursor issued under another sort
 * would seek by the wrong key and skip or repeat rows, so it is refused on
 * `after` with the sort it needs.
 */
export function sortedPageRequest<F extends string>(args: { first?: number | null; after?: string | null }, type: string, sort: ListSort<F>): PageRequest {
  const cursorType = sortedCursorType(type, sort);
  if (args.after != null) {
    const text = Buffer.from(args.after, 'base64url').toString('utf8');
    if (text.startsWith(type) && !text.startsWith(`${cursorType}:`)) {
      throw badUserInput(
        'after',
        `after comes from this list under another sort: continue with the sort of the page it came from, or start again without after for ${sort.field} ${sort.direction === 'DESC' ? 'DESC' : 'ASC'}`,
      );
    }
  }
  return pageRequest(args, cursorType);
}
