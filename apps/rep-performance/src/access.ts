import { actsAsRep, canManageOrganisation, isManagerial, rowScope, RowScope, scopeCovers, Viewer } from '@salesgraph/auth';
import { OwnerKind } from '@salesgraph/domain';
import { forbidden } from '@salesgraph/subgraph-kit';
import DataLoader from 'dataloader';
import { Database } from '@salesgraph/persistence';
import { SalesRepEntity } from './sales-rep/sales-rep.entity';
import { SalesRepRepository } from './sales-rep/sales-rep.repository';
import { TeamEntity } from './team/team.entity';
import { TeamRepository } from './team/team.repository';

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

export function teamBranchesIn(database: Database): TeamBranchLookup {
  const teams = new TeamRepository(database);
  return async (teamId) => (await teams.findOne(teamId))?.branchId ?? null;
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

/** The rep the viewer is, for what reps do for themselves (claims, reports): FORBIDDEN for anyone else. */
export async function ownRep(database: Database, viewer: Viewer, action: string): Promise<SalesRepEntity> {
  if (!actsAsRep(viewer) || !viewer.repId) throw forbidden(`Only reps and managers ${action}, for themselves`);
  const rep = await new SalesRepRepository(database).findOne(viewer.repId);
  if (!rep) throw forbidden('Your token names no registered rep');
  return rep;
}
