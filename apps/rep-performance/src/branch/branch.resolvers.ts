import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { ownerKpis } from '../kpi/kpi.resolvers';
import { ownerTargets } from '../target/target.resolvers';

export const branchResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    branches: (_parent, _args, { services }) => services.branches.allBranches(),
    branch: (_parent, { id }, { loaders }) => loaders.branch.load(id),
  },
  Mutation: {
    createBranch: (_parent, { input }, { viewer, services }) => services.branches.createBranch(viewer, input),
    setBranchManager: (_parent, { input }, { viewer, services }) => services.branches.setBranchManager(viewer, input),
  },
  Branch: {
    __resolveReference: (reference, { loaders }) => loaders.branch.load(reference.id),
    manager: (branch, _args, { loaders }) => (branch.managerId ? loaders.salesRep.load(branch.managerId) : null),
    teams: (branch, _args, { loaders }) => loaders.branchTeams.load(branch.id),
    kpis: (branch, { period }, context) => ownerKpis(context, 'BRANCH', branch.id, period),
    targets: (branch, { period }, context) => ownerTargets(context, 'BRANCH', branch.id, period),
  },
};
