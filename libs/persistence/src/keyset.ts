import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Orders a query by `column` then `idColumn` and, given the last row seen,
 * continues after it (keyset pagination: stable under inserts, one query).
 * LIMIT rather than TypeORM's take: with a one-to-one join take costs a
 * second query.
 */
export function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: { column: string; idColumn: string; direction: 'ASC' | 'DESC' },
  after: { value: unknown; id: string } | undefined,
  limit: number,
): SelectQueryBuilder<T> {
  const { column, idColumn, direction } = order;
  if (after) {
    const beyond = direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${column} ${beyond} :keysetValue OR (${column} = :keysetValue AND ${idColumn} ${beyond} :keysetId))`, {
      keysetValue: after.value,
      keysetId: after.id,
    });
  }
  return query.orderBy(column, direction).addOrderBy(idColumn, direction).limit(limit);
}

/** One way a list can be sorted: the SQL to order by, a row's value in the cursor, and the cursor text back as a parameter. */
export interface SortKey<T> {
  readonly expression: string;
  readonly value: (row: T) => string | number | Date;
  readonly parse: (text: string) => unknown;
}

export const dateSortKey = <T>(expression: string, value: (row: T) => Date | string): SortKey<T> => ({
  expression,
  value: (row) => new Date(value(row)),
  parse: (text) => new Date(text),
});

export const numberSortKey = <T>(expression: string, value: (row: T) => number): SortKey<T> => ({ expression, value, parse: Number });

export const textSortKey = <T>(expression: string, value: (row: T) => string): SortKey<T> => ({ expression, value, parse: (text) => text });
