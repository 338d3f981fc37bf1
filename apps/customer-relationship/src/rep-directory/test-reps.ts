import { Viewer } from '@salesgraph/auth';
import { EventEnvelope } from '@salesgraph/events';
import { Database } from '@salesgraph/persistence';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

/** The reps the integration specs work as: Ann and Bob (reps) and Nina (their manager) in north, Sam managing south. */
export const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
export const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
export const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
export const sam: Viewer = { subject: 'sam', role: 'MANAGER', repId: 'rep-sam', teamId: 'south' };

/**
 * Tells a test subgraph's rep directory of these viewers' reps, as
 * rep-performance's feed would (SalesRepRegistered v4, 15 % authority, the
 * viewer's role as the position's role, and the branch of the rep's team
 * from `branches` by team, or none; a viewer whose token names a branch heads it).
 */
export async function registerTestReps(
  dataSource: Database,
  viewers: readonly Viewer[],
  branches: Readonly<Record<string, string>> = {},
  /** The feed's sequence before these events: past the last call's, to announce a rep again. */
  after = 0,
): Promise<void> {
  const events = viewers.map(
    ({ repId, teamId, role, branchId }, index) =>
      ({
        id: `r${after + index + 1}`,
        sequence: after + index + 1,
        type: 'SalesRepRegistered',
        version: 4,
        occurredAt: '',
        aggregateId: repId,
        payload: {
          repId,
          teamId,
          name: repId,
          discountAuthorityBp: 1_500,
          role,
          branchId: (teamId && branches[teamId]) ?? null,
          headsBranchId: branchId ?? null,
        },
      }) as EventEnvelope,
  );
  await handFedConsumer(customerRelationshipSubgraph, dataSource, 'rep-performance').apply(events);
}
