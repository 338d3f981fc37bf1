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
    query.andWhere(`(${column} ${beyond} :keysetValue OR (${column} = :keysetValue AND ${idColumn} ${beyond} :keysetId))`, { keysetValue: after.value, keysetId: after.id });
  }
  return query.orderBy(column, direction).addOrderBy(idColumn, direction).limit(limit);
}
