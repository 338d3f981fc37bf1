import { isManagerial, rowScope, Viewer } from '@salesgraph/auth';
import { OwnerKind } from '@salesgraph/domain';
import { forbidden } from '@salesgraph/subgraph-kit';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';

/**
 * Who may read and judge whose performance (DOMAIN.md's rule of thumb): a rep
 * their own, a manager their team's, directors, analysts and admins everyone's.
 * Branch and company figures are for those who see everyone.
 */
export function canSeeOwner(viewer: Viewer, kind: OwnerKind, id: string, repTeamId?: string | null): boolean {
  const scope = rowScope(viewer);
  if (scope.kind === 'ALL') return true;
  if (kind === 'REP') return scope.kind === 'OWNER' ? scope.repId === id : scope.kind === 'TEAM' && repTeamId === scope.teamId;
  if (kind === 'TEAM') return scope.kind === 'TEAM' && scope.teamId === id;
  return false;
}

/** Managers judge and approve for their own team; directors and admins for everyone; a rep never for themselves. */
export function assertManagerOf(viewer: Viewer, rep: { id: string; teamId: string }, action: string): void {
  if (!isManagerial(viewer)) throw forbidden(`Only managers, directors and admins ${action}`);
  if (viewer.repId === rep.id) throw forbidden(`You may not ${action} for yourself`);
  const scope = rowScope(viewer);
  if (scope.kind !== 'ALL' && !(scope.kind === 'TEAM' && scope.teamId === rep.teamId)) throw forbidden(`You may only ${action} for your own team`);
}

/** Narrows a query to the rows of reps the viewer may see, by the query's rep-id column. */
export function visibleRepsOnly<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, viewer: Viewer, repColumn: string): SelectQueryBuilder<T> {
  const scope = rowScope(viewer);
  if (scope.kind === 'NONE') query.andWhere('1 = 0');
  if (scope.kind === 'OWNER') query.andWhere(`${repColumn} = :visibleRep`, { visibleRep: scope.repId });
  if (scope.kind === 'TEAM') query.andWhere(`${repColumn} IN (SELECT visible.id FROM sales_rep visible WHERE visible.team_id = :visibleTeam)`, { visibleTeam: scope.teamId });
  return query;
}

/** The rep the viewer is, for what reps do for themselves (claims, reports): FORBIDDEN for anyone else. */
export async function ownRep(dataSource: DataSource, viewer: Viewer, action: string): Promise<SalesRepEntity> {
  if (!viewer.repId || (viewer.role !== 'REP' && viewer.role !== 'MANAGER')) throw forbidden(`Only reps and managers ${action}, for themselves`);
  const rep = await dataSource.getRepository(SalesRepEntity).findOneBy({ id: viewer.repId });
  if (!rep) throw forbidden('Your token names no registered rep');
  return rep;
}
