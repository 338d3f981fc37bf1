import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';
import { ownerKpis } from '../kpi/kpi.resolvers';
import { PositionEntity } from '../position/position.entity';
import { ownerTargets } from '../target/target.resolvers';
import { BranchEntity } from './branch.entity';

export const branchResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    branches: (_parent, _args, { dataSource }) => dataSource.getRepository(BranchEntity).find({ order: { name: 'ASC' } }),
    positions: (_parent, _args, { dataSource }) => dataSource.getRepository(PositionEntity).find({ order: { title: 'ASC' } }),
  },
  Mutation: {
    createBranch: (_parent, { input }, { viewer, services }) => services.organisation.createBranch(viewer, input),
    setBranchManager: (_parent, { input }, { viewer, services }) => services.organisation.setBranchManager(viewer, input),
    createPosition: (_parent, { input }, { viewer, services }) => services.organisation.createPosition(viewer, input),
  },
  Branch: {
    __resolveReference: (reference, { loaders }) => loaders.branch.load(reference.id),
    manager: (branch, _args, { loaders }) => (branch.managerId ? loaders.salesRep.load(branch.managerId) : null),
    teams: (branch, _args, { loaders }) => loaders.branchTeams.load(branch.id),
    kpis: (branch, { period }, context) => ownerKpis(context, 'BRANCH', branch.id, period),
    targets: (branch, { period }, context) => ownerTargets(context, 'BRANCH', branch.id, period),
  },
  Position: {
    reportsTo: (position, _args, { loaders }) => (position.reportsToId ? loaders.position.load(position.reportsToId) : null),
  },
};
