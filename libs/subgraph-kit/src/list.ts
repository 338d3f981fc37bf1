import { keysetPage, SortKey } from '@salesgraph/persistence';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';
import { compositeKey, Connection, pageRequest, splitCompositeKey } from './pagination';

/** A list's sort as a client asks for it. */
export interface ListSort<F extends string> {
  readonly field: F;
  readonly direction?: 'ASC' | 'DESC' | null;
}

/** One page of a list as the client asked for it, checked: what a repository fetches and a resolver answers with. */
export interface ListPage<F extends string = string> {
  readonly first: number;
  readonly sort: { readonly field: F; readonly direction: 'ASC' | 'DESC' };
  /** The sort value and id of the last row already seen. */
  readonly after?: { readonly value: unknown; readonly id: string };
  /** Every cursor names its list and sort. */
  readonly cursorType: string;
}

export interface ListSpec<T, F extends string> {
  /** The GraphQL type listed: the first part of every cursor. */
  readonly type: string;
  /** The SQL expression of the rows' id: the tie-breaker of every sort. */
  readonly idColumn: string;
  readonly keys: Readonly<Record<F, SortKey<T>>>;
  /** The sort when the client names none (also the only one of a list without a sort argument). */
  readonly defaultSort: ListSort<F>;
  /** A row's id, when it is not `row.id`. */
  readonly id?: (row: T) => string;
}

/**
 * The one way a subgraph pages a list (docs/architecture.md#lists): keyset
 * pagination on (sort value, id), one extra row to tell whether a next page
 * exists, and cursors that name their list and sort.
 */
export interface List<T, F extends string> {
  /** Checks Relay arguments and the sort: `first` within 1…100, `after` a cursor of this list under this sort. */
  page(args: { readonly first?: number | null; readonly after?: string | null }, sort?: ListSort<F> | null): ListPage<F>;
  /** Orders a query by the page's sort then id, continues after its cursor and fetches `first + 1` rows. */
  fetch<Q extends SelectQueryBuilder<T & ObjectLiteral>>(query: Q, page: ListPage<F>): Q;
  /** The connection of rows fetched with `fetch`. */
  connection(rows: readonly T[], page: ListPage<F>, totalCount: number): Connection<T>;
}

export function defineList<T, F extends string>(spec: ListSpec<T, F>): List<T, F> {
  const rowId = spec.id ?? ((row: T) => (row as { id: string }).id);
  const resolved = (sort?: ListSort<F> | null) => {
    const field = sort?.field ?? spec.defaultSort.field;
    return { field, direction: (sort?.direction ?? (sort?.field ? 'ASC' : spec.defaultSort.direction) ?? 'ASC') as 'ASC' | 'DESC' };
  };
  const cursorTypeOf = (sort: { field: F; direction: 'ASC' | 'DESC' }) => `${spec.type}.${sort.field}.${sort.direction}`;
  return {
    page(args, requested) {
      const sort = resolved(requested);
      const cursorType = cursorTypeOf(sort);
      if (args.after != null) {
        // A cursor issued under another sort would seek by the wrong key and skip or repeat rows.
        const text = Buffer.from(args.after, 'base64url').toString('utf8');
        if (text.startsWith(`${spec.type}.`) && !text.startsWith(`${cursorType}:`)) {
          throw badUserInput(
            'after',
            `after comes from this list under another sort: continue with the sort of the page it came from, or start again without after for ${sort.field} ${sort.direction}`,
          );
        }
      }
      const request = pageRequest(args, cursorType);
      if (request.after === undefined) return { first: request.first, sort, cursorType };
      const cursor = splitCompositeKey(request.after);
      return { first: request.first, sort, cursorType, after: { value: spec.keys[sort.field].parse(cursor.value), id: cursor.id } };
    },
    fetch(query, page) {
      const key = spec.keys[page.sort.field];
      keysetPage(query, { column: key.expression, idColumn: spec.idColumn, direction: page.sort.direction }, page.after, page.first + 1);
      return query;
    },
    connection(rows, page, totalCount) {
      const key = spec.keys[page.sort.field];
      return connectionOf(rows, page, totalCount, (row) => compositeKey(key.value(row), rowId(row)));
    },
  };
}

function connectionOf<T>(rows: readonly T[], page: ListPage, totalCount: number, cursorKey: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: Buffer.from(`${page.cursorType}:${cursorKey(node)}`, 'utf8').toString('base64url'), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
