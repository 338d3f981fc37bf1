import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const teamMembershipResolvers: Resolvers<RepPerformanceContext> = {
  Mutation: {
    moveSalesRep: (_parent, { input }, { viewer, services }) => services.teamMoves.moveSalesRep(viewer, input),
    undoTeamMove: (_parent, { input }, { viewer, services }) => services.teamMoves.undoTeamMove(viewer, input),
  },
  TeamMembership: {
    team: async (membership, _args, { loaders }) => {
      const team = await loaders.team.load(membership.teamId);
      if (!team) throw new Error(`team ${membership.teamId} not found`);
      return team;
    },
  },
};
