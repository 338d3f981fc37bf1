/** Who may do what: the roles of docs/domain.md#roles, plus SERVICE for subgraph-to-subgraph calls. */
export const ROLES = ['REP', 'MANAGER', 'DIRECTOR', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number] | 'SERVICE';

/** The verified caller of a request. */
export interface Viewer {
  /** The token's subject: a user id, or a service name. */
  readonly subject: string;
  readonly role: Role;
  /** The rep this user is, if any: REP and MANAGER users are reps. */
  readonly repId?: string;
  /** The rep's team: a MANAGER sees it whole. */
  readonly teamId?: string;
  /** The branch this user heads, if any: a MANAGER who heads a branch sees the branch whole (its teams, reps and customers). */
  readonly branchId?: string;
}

/**
 * The viewer with a branch claim only while it holds: a token names the branch its holder heads, but heads change
 * and tokens live for weeks, so a subgraph keeps the claim only when its own records say this rep heads that branch
 * (docs/architecture.md#row-scopes). `headsBranchId` is what the subgraph knows; a dropped claim leaves the viewer
 * their team's manager.
 */
export function withConfirmedBranch(viewer: Viewer, headsBranchId: string | null | undefined): Viewer {
  if (!viewer.branchId || (viewer.repId && viewer.branchId === headsBranchId)) return viewer;
  const { branchId: _unconfirmed, ...confirmed } = viewer;
  return confirmed;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value) || value === 'SERVICE';
}

/**
 * Which rows of rep-owned data a viewer may see (docs/architecture.md#row-scopes):
 * a rep their own, a manager the team's, a branch head the branch's,
 * directors, analysts and admins all.
 */
export type RowScope =
  { kind: 'ALL' } | { kind: 'OWNER'; repId: string } | { kind: 'TEAM'; teamId: string } | { kind: 'BRANCH'; branchId: string } | { kind: 'NONE' };

/**
 * `branches: true` is for a subgraph that knows which branch each rep's team is
 * in (rep-performance); without it a branch head is read as the manager of
 * their own team, so a subgraph whose rep directory does not carry branches
 * never widens a scope it cannot check.
 */
export function rowScope(viewer: Viewer, options: { branches?: boolean } = {}): RowScope {
  switch (viewer.role) {
    case 'DIRECTOR':
    case 'ANALYST':
    case 'ADMIN':
    case 'SERVICE':
      return { kind: 'ALL' };
    case 'MANAGER':
      if (viewer.branchId && options.branches) return { kind: 'BRANCH', branchId: viewer.branchId };
      return viewer.teamId ? { kind: 'TEAM', teamId: viewer.teamId } : { kind: 'NONE' };
    case 'REP':
      return viewer.repId ? { kind: 'OWNER', repId: viewer.repId } : { kind: 'NONE' };
  }
}

/** Analysts read everything and change nothing. */
export function canWrite(viewer: Viewer): boolean {
  return viewer.role !== 'ANALYST';
}

/** Organisation changes (teams, reps) are for directors and admins. */
export function canManageOrganisation(viewer: Viewer): boolean {
  return viewer.role === 'DIRECTOR' || viewer.role === 'ADMIN';
}

/** Reps and managers with a rep record: those who claim expenses and submit reports, for themselves. */
export function actsAsRep(viewer: Viewer): boolean {
  return !!viewer.repId && (viewer.role === 'REP' || viewer.role === 'MANAGER');
}

/** Managers, directors and admins: those who approve, reassign and see sensitive profiles. */
export function isManagerial(viewer: Viewer): boolean {
  return viewer.role === 'MANAGER' || viewer.role === 'DIRECTOR' || viewer.role === 'ADMIN';
}

/** Where a rep sits in the organisation, as far as row scopes care. */
export interface RepPlacement {
  readonly repId: string;
  readonly teamId?: string | null;
  readonly branchId?: string | null;
}

/** Whether a scope covers a rep's rows: the one in-memory reading of RowScope, beside the SQL filters that mirror it. */
export function scopeCovers(scope: RowScope, rep: RepPlacement): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'OWNER':
      return scope.repId === rep.repId;
    case 'TEAM':
      return !!rep.teamId && scope.teamId === rep.teamId;
    case 'BRANCH':
      return !!rep.branchId && scope.branchId === rep.branchId;
    case 'NONE':
      return false;
  }
}
