import { canManageOrganisation, isManagerial, rowScope, RowScope, scopeCovers, Viewer } from '@salesgraph/auth';
import { OwnerKind } from '@salesgraph/domain';
import { forbidden } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';
import { TeamEntity } from './team/team.entity';

/**
 * The viewer's row scope here: rep-performance holds the organisation, so a
 * manager who heads a branch sees the branch whole (docs/architecture.md#row-scopes).
 */
export function performanceScope(viewer: Viewer): RowScope {
  return rowScope(viewer, { branches: true });
}

/** Finds a team's branch: the request's batched team loader, or the database for a write. */
export type TeamBranchLookup = (teamId: string) => Promise<string | null>;

export function teamBranchesFrom(loader: DataLoader<string, TeamEntity | null>): TeamBranchLookup {
  return async (teamId) => (await loader.load(teamId))?.branchId ?? null;
}

export function teamBranchesIn(dataSource: DataSource): TeamBranchLookup {
  return async (teamId) => (await dataSource.getRepository(TeamEntity).findOneBy({ id: teamId }))?.branchId ?? null;
}

/**
 * Who may read and judge whose performance (docs/domain.md#roles): a rep
 * their own, a manager their team's, a branch head their branch's (its teams
 * and reps), directors, analysts and admins everyone's. Company figures are
 * for those who see everyone.
 */
export async function canSeeOwner(viewer: Viewer, branchOf: TeamBranchLookup, kind: OwnerKind, id: string, repTeamId?: string | null): Promise<boolean> {
  const scope = performanceScope(viewer);
  if (scope.kind === 'ALL') return true;
  switch (kind) {
    case 'REP':
      return scopeCovers(scope, { repId: id, teamId: repTeamId, branchId: scope.kind === 'BRANCH' && repTeamId ? await branchOf(repTeamId) : null });
    case 'TEAM':
      if (scope.kind === 'TEAM') return scope.teamId === id;
      return scope.kind === 'BRANCH' && (await branchOf(id)) === scope.branchId;
    case 'BRANCH':
      return scope.kind === 'BRANCH' && scope.branchId === id;
    default:
      return false;
  }
}

/**
 * Managers judge and approve for their own team, branch heads for their
 * branch's teams, directors and admins for everyone; a rep never for themselves.
 */
export async function assertManagerOf(viewer: Viewer, branchOf: TeamBranchLookup, rep: { id: string; teamId: string }, action: string): Promise<void> {
  if (!isManagerial(viewer)) throw forbidden(`Only managers, directors and admins ${action}`);
  if (viewer.repId === rep.id) throw forbidden(`You may not ${action} for yourself`);
  const scope = performanceScope(viewer);
  if (scope.kind === 'ALL') return;
  const branchId = scope.kind === 'BRANCH' ? await branchOf(rep.teamId) : null;
  if (!scopeCovers(scope, { repId: rep.id, teamId: rep.teamId, branchId })) {
    throw forbidden(scope.kind === 'BRANCH' ? `You may only ${action} for your own branch` : `You may only ${action} for your own team`);
  }
}

/** Only directors and admins change the organisation (branches, teams, reps, positions, team moves). */
export function assertOrganiser(viewer: Viewer): void {
  if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins change the organisation');
}

/** Narrows a query to the rows of reps the viewer may see, by the query's rep-id column. */
export function visibleRepsOnly<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, viewer: Viewer, repColumn: string): SelectQueryBuilder<T> {
  const scope = performanceScope(viewer);
  if (scope.kind === 'NONE') query.andWhere('1 = 0');
  if (scope.kind === 'OWNER') query.andWhere(`${repColumn} = :visibleRep`, { visibleRep: scope.repId });
  if (scope.kind === 'TEAM')
    query.andWhere(`${repColumn} IN (SELECT visible.id FROM sales_rep visible WHERE visible.team_id = :visibleTeam)`, { visibleTeam: scope.teamId });
  if (scope.kind === 'BRANCH') {
    query.andWhere(
      `${repColumn} IN (SELECT visible.id FROM sales_rep visible INNER JOIN team visible_team ON visible_team.id = visible.team_id WHERE visible_team.branch_id = :visibleBranch)`,
      { visibleBranch: scope.branchId },
    );
  }
  return query;
}

/** The rep the viewer is, for what reps do for themselves (claims, reports): FORBIDDEN for anyone else. */
export async function ownRep(dataSource: DataSource, viewer: Viewer, action: string): Promise<SalesRepEntity> {
  if (!viewer.repId || (viewer.role !== 'REP' && viewer.role !== 'MANAGER')) throw forbidden(`Only reps and managers ${action}, for themselves`);
  const rep = await dataSource.getRepository(SalesRepEntity).findOneBy({ id: viewer.repId });
  if (!rep) throw forbidden('Your token names no registered rep');
  return rep;
}
