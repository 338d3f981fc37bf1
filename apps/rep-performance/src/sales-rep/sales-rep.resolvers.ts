import { Resolvers } from '../generated/resolvers.generated';
import { badUserInput, forbidden, idempotent } from '@salesgraph/subgraph-kit';
import { RepPerformanceContext } from '../context';
import { canSeeOwner, teamBranchesFrom } from '../access';
import { ownerKpis } from '../kpi/kpi.resolvers';
import { ownerTargets } from '../target/target.resolvers';
import { salesRepList } from './sales-rep.repository';

/** A refused figure is null with FORBIDDEN at its path, the rest of the rep still answered (docs/architecture.md#errors). */
const NOT_YOURS = "A rep's pay and spending are for the rep, their manager, their branch's head, directors, analysts and admins";

export const salesRepResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    salesRep: (_parent, { id }, { loaders }) => loaders.salesRep.load(id),
    salesReps: async (_parent, args, { services }) => {
      const page = salesRepList.page(args);
      const [rows, total] = await services.salesReps.salesRepPage(page);
      return salesRepList.connection(rows, page, total);
    },
  },
  Mutation: {
    registerSalesRep: (_parent, { input }, context) =>
      idempotent(
        context,
        'registerSalesRep',
        input,
        () => context.services.salesReps.registerSalesRep(context.viewer, input),
        (id) => context.loaders.salesRep.load(id),
      ),
    setDiscountAuthority: (_parent, { input }, { viewer, services }) => services.salesReps.setDiscountAuthority(viewer, input),
    updateSalesRep: (_parent, { input }, { viewer, services }) => services.salesReps.updateSalesRep(viewer, input),
  },
  SalesRep: {
    __resolveReference: (reference, { loaders }) => loaders.salesRep.load(reference.id),
    discountAuthorityPercent: (rep) => rep.discountAuthorityBp / 100,
    team: async (rep, _args, { loaders }) => {
      const team = await loaders.team.load(rep.teamId);
      if (!team) throw new Error(`team of rep ${rep.id} not found`);
      return team;
    },
    position: (rep, _args, { loaders }) => (rep.positionId ? loaders.position.load(rep.positionId) : null),
    teamHistory: (rep, _args, { loaders }) => loaders.teamHistory.load(rep.id),
    kpis: (rep, { period }, context) => ownerKpis(context, 'REP', rep.id, period, rep.teamId),
    targets: (rep, { period }, context) => ownerTargets(context, 'REP', rep.id, period),
    incentiveStatement: async (rep, { period }, { viewer, loaders }) => {
      const asked = period;
      // Plans pay per month or quarter (closeIncentivePeriod): any other period is a question without an answer, not "no statement".
      if (asked.kind !== 'MONTH' && asked.kind !== 'QUARTER')
        throw badUserInput('period', `a statement covers a month (2026-11) or a quarter (2026-Q4), not a ${asked.kind.toLowerCase()}`);
      if (!(await canSeeOwner(viewer, teamBranchesFrom(loaders.team), 'REP', rep.id, rep.teamId))) throw forbidden(NOT_YOURS);
      return loaders.statement.load({ group: asked, id: rep.id });
    },
    expenseUsage: async (rep, { period }, { viewer, loaders }) => {
      if (!(await canSeeOwner(viewer, teamBranchesFrom(loaders.team), 'REP', rep.id, rep.teamId))) throw forbidden(NOT_YOURS);
      return loaders.expenseUsage.load({ group: period, id: rep.id });
    },
  },
};
