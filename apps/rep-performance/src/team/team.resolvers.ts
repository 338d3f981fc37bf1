import { Resolvers } from '../generated/resolvers.generated';
import { RepPerformanceContext } from '../context';
import { ownerKpis } from '../kpi/kpi.resolvers';
import { ownerTargets } from '../target/target.resolvers';

export const teamResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    teams: (_parent, _args, { services }) => services.teams.allTeams(),
    team: (_parent, { id }, { loaders }) => loaders.team.load(id),
  },
  Mutation: {
    createTeam: (_parent, { input }, { viewer, services }) => services.teams.createTeam(viewer, input),
    setTeamManager: (_parent, { input }, { viewer, services }) => services.teams.setTeamManager(viewer, input),
    setTeamBranch: (_parent, { input }, { viewer, services }) => services.teams.setTeamBranch(viewer, input),
  },
  Team: {
    __resolveReference: (reference, { loaders }) => loaders.team.load(reference.id),
    manager: (team, _args, { loaders }) => {
      const managerId = team.managerId;
      return managerId ? loaders.salesRep.load(managerId) : null;
    },
    members: (team, _args, { loaders }) => loaders.teamMembers.load(team.id),
    branch: (team, _args, { loaders }) => (team.branchId ? loaders.branch.load(team.branchId) : null),
    kpis: (team, { period }, context) => ownerKpis(context, 'TEAM', team.id, period),
    targets: (team, { period }, context) => ownerTargets(context, 'TEAM', team.id, period),
  },
};
