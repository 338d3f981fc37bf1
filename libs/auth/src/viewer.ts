/** Who may do what: the roles of DOMAIN.md, plus SERVICE for subgraph-to-subgraph calls. */
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
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value) || value === 'SERVICE';
}

/**
 * Which rows of rep-owned data a viewer may see (DOMAIN.md's rule of thumb):
 * a rep their own, a manager the team's, directors, analysts and admins all.
 */
export type RowScope = { kind: 'ALL' } | { kind: 'OWNER'; repId: string } | { kind: 'TEAM'; teamId: string } | { kind: 'NONE' };

export function rowScope(viewer: Viewer): RowScope {
  switch (viewer.role) {
    case 'DIRECTOR':
    case 'ANALYST':
    case 'ADMIN':
    case 'SERVICE':
      return { kind: 'ALL' };
    case 'MANAGER':
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

/** Managers, directors and admins: those who approve, reassign and see sensitive profiles. */
export function isManagerial(viewer: Viewer): boolean {
  return viewer.role === 'MANAGER' || viewer.role === 'DIRECTOR' || viewer.role === 'ADMIN';
}
