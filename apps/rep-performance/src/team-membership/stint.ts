import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { TeamMembershipEntity } from './team-membership.entity';

/** The first stint of a rep in a team, from the start of time: facts recorded before registration (imports) count for it. */
export const FIRST_DAY = '1970-01-01';

/** A rep's open stint in a team from a day on, as registering or moving a rep records it. */
export function stint(repId: string, teamId: string, fromDay: string, reason: string, viewer: Viewer, now: Date): TeamMembershipEntity {
  return Object.assign(new TeamMembershipEntity(), {
    id: randomUUID(),
    repId,
    teamId,
    fromDay,
    toDay: null,
    reason,
    recordedBy: viewer.subject,
    recordedAt: now,
  });
}
