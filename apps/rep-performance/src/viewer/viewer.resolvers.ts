import { actsAsRep, canManageOrganisation, canWrite, isManagerial, rowScope, Viewer } from '@salesgraph/auth';
import { RepPerformanceContext } from '../context';
import { Resolvers, ViewerRole, ViewerScope } from '../generated/resolvers.generated';

const SCOPES: Record<ReturnType<typeof rowScope>['kind'], ViewerScope> = { OWNER: 'OWN', TEAM: 'TEAM', BRANCH: 'BRANCH', ALL: 'COMPANY', NONE: 'NONE' };

export const viewerResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    // The request's viewer, its branch claim already confirmed against the branch records (docs/architecture.md#row-scopes).
    viewer: (_parent, _args, { viewer }) => viewer,
  },
  Viewer: {
    userId: (viewer) => viewer.subject,
    role: (viewer) => viewer.role as ViewerRole,
    displayName: async (viewer, _args, { loaders }) => (viewer.repId ? (await loaders.salesRep.load(viewer.repId))?.name : undefined) ?? viewer.subject,
    rep: (viewer, _args, { loaders }) => (viewer.repId ? loaders.salesRep.load(viewer.repId) : null),
    team: (viewer, _args, { loaders }) => (viewer.teamId ? loaders.team.load(viewer.teamId) : null),
    branch: async (viewer, _args, { loaders }) => {
      if (viewer.branchId) return loaders.branch.load(viewer.branchId);
      const team = viewer.teamId ? await loaders.team.load(viewer.teamId) : null;
      return team?.branchId ? loaders.branch.load(team.branchId) : null;
    },
    scope: (viewer) => SCOPES[rowScope(viewer, { branches: true }).kind],
    may: (viewer: Viewer) => ({
      write: canWrite(viewer),
      actAsRep: actsAsRep(viewer),
      approve: isManagerial(viewer),
      manageOrganisation: canManageOrganisation(viewer),
    }),
  },
};
