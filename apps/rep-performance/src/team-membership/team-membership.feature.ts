import { childListLoader, defineFeature, LoaderDeps, ServiceDeps } from '@salesgraph/subgraph-kit';
import { TeamMembershipEntity } from './team-membership.entity';
import teamMembershipSdl from './team-membership.graphql';
import { TeamMembershipRepository } from './team-membership.repository';
import { teamMembershipResolvers } from './team-membership.resolvers';
import { TeamMoveService } from './team-move.service';

/** Reps' team history: moves between teams, so team KPIs count each day's facts for the team of that day. */
export const teamMembershipFeature = defineFeature({
  name: 'team-membership',
  typeDefs: [teamMembershipSdl],
  resolvers: teamMembershipResolvers,
  entities: [TeamMembershipEntity],
  services: ({ dataSource }: ServiceDeps) => ({ teamMoves: new TeamMoveService(dataSource) }),
  loaders: ({ dataSource }: LoaderDeps) => {
    const memberships = new TeamMembershipRepository(dataSource);
    return {
      teamHistory: childListLoader(
        (repIds) => memberships.historyOf(repIds),
        (membership) => membership.repId,
      ),
    };
  },
});
