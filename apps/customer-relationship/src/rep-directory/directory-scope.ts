import { rowScope, RowScope, Viewer } from '@salesgraph/auth';

/**
 * The viewer's row scope here: the rep directory knows each rep's team and
 * branch (SalesRepRegistered v4), so a branch head sees the branch's reps'
 * customers and work.
 */
export function directoryScope(viewer: Viewer): RowScope {
  return rowScope(viewer, { branches: true });
}

/** The reps a team or branch scope covers, as a subquery on the rep directory, with its parameters. */
export function scopedRepsSubquery(scope: Extract<RowScope, { kind: 'TEAM' | 'BRANCH' }>): { sql: string; params: Record<string, string> } {
  return scope.kind === 'TEAM'
    ? { sql: 'SELECT rep_id FROM rep_directory WHERE team_id = :scopeTeam', params: { scopeTeam: scope.teamId } }
    : { sql: 'SELECT rep_id FROM rep_directory WHERE branch_id = :scopeBranch', params: { scopeBranch: scope.branchId } };
}
