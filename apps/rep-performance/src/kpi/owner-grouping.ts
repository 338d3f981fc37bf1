import { OwnerKind } from '@salesgraph/domain';

/**
 * How a fact row (a rep and a day) is attributed to owners: to the rep, to the
 * team the rep was in on that day, to that team's branch, or to the company.
 * Every KPI query groups through this one rule, so a rep who moves teams
 * takes none of their past with them.
 */
export interface OwnerGrouping {
  /** SQL of the owner id, selected as `owner`. */
  readonly owner: string;
  /** Joins, with their parameters. */
  readonly join: string;
  readonly joinParams: unknown[];
  /** A condition for the WHERE clause, with its parameters. */
  readonly where: string;
  readonly whereParams: unknown[];
}

export const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * @param repColumn the fact's rep column, e.g. `f.rep_id`
 * @param dayColumn the fact's day (YYYY-MM-DD) column, or `?` with `dayParam`
 */
export function ownerGrouping(kind: OwnerKind, ids: readonly string[], repColumn: string, dayColumn: string, dayParam: unknown[] = []): OwnerGrouping {
  const membership = `JOIN team_membership m ON m.rep_id = ${repColumn} AND m.from_day <= ${dayColumn} AND (m.to_day IS NULL OR m.to_day > ${dayColumn})`;
  const membershipParams = [...dayParam, ...dayParam];
  switch (kind) {
    case 'REP':
      return { owner: repColumn, join: '', joinParams: [], where: `${repColumn} IN (${placeholders(ids)})`, whereParams: [...ids] };
    case 'TEAM':
      return { owner: 'm.team_id', join: membership, joinParams: membershipParams, where: `m.team_id IN (${placeholders(ids)})`, whereParams: [...ids] };
    case 'BRANCH':
      return {
        owner: 'tb.branch_id',
        join: `${membership} JOIN team tb ON tb.id = m.team_id`,
        joinParams: membershipParams,
        where: `tb.branch_id IN (${placeholders(ids)})`,
        whereParams: [...ids],
      };
    case 'COMPANY':
      return { owner: `'company'`, join: '', joinParams: [], where: '1 = 1', whereParams: [] };
  }
}
