import { keysetPage, SortKey } from '@salesgraph/persistence';
import { compositeKey, splitCompositeKey } from '@salesgraph/subgraph-kit';
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
  return keysetPage(query, { column: key.expression, idColumn, direction: sort.direction === 'DESC' ? 'DESC' : 'ASC' }, cursor && { value: key.parse(cursor.value), id: cursor.id }, limit);
}

/** The cursor key of a row under a sort. */
export function sortCursor<T extends { id: string }, F extends string>(keys: Record<F, SortKey<T>>, sort: ListSort<F>, row: T): string {
  return compositeKey(keys[sort.field].value(row), row.id);
}
