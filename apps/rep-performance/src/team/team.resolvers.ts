import { Resolvers } from '../generated/resolvers.generated';
import { RepPerformanceContext } from '../context';
import { TeamEntity } from './team.entity';

export const teamResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    teams: (_parent, _args, { services }) => services.organisation.allTeams(),
  },
  Mutation: {
    createTeam: (_parent, { input }, { viewer, services }) => services.organisation.createTeam(viewer, input),
    setTeamManager: (_parent, { input }, { viewer, services }) => services.organisation.setTeamManager(viewer, input),
  },
  Team: {
    __resolveReference: (reference, { loaders }) => loaders.team.load(reference.id),
    manager: (team, _args, { loaders }) => {
      const managerId = (team as TeamEntity).managerId;
      return managerId ? loaders.salesRep.load(managerId) : null;
    },
    members: (team, _args, { loaders }) => loaders.teamMembers.load(team.id as string),
  },
};
