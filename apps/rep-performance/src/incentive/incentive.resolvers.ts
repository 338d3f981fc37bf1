import { RepPerformanceContext } from '../context';
import { Resolvers } from '../generated/resolvers.generated';

export const incentiveResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    incentivePlans: (_parent, _args, { services }) => services.incentive.allPlans(),
  },
  Mutation: {
    createIncentivePlan: (_parent, { input }, { viewer, services }) => services.incentive.createPlan(viewer, input),
    reviseIncentivePlan: (_parent, { input }, { viewer, services }) => services.incentive.revisePlan(viewer, input),
    closeIncentivePeriod: (_parent, { input }, { viewer, services }) => services.incentive.closePeriod(viewer, input),
  },
  IncentivePlan: {
    team: (plan, _args, { loaders }) => (plan.teamId ? loaders.team.load(plan.teamId) : null),
    versions: (plan, _args, { loaders }) => loaders.planVersions.load(plan.id),
  },
  IncentivePlanVersion: {
    effectiveFrom: (version) => version.effectiveFrom.slice(0, 7),
    basis: (version) => version.terms.basis,
    tiers: (version) => [...version.terms.tiers],
    acceleratorRatePercent: (version) => version.terms.acceleratorRateBp / 100,
    bonuses: (version) => [...version.terms.bonuses],
    overdueReceivablePenaltyPercent: (version) => version.terms.overdueReceivablePenaltyBp / 100,
    lateReportPenalty: (version) => version.terms.lateReportPenaltyMinor,
  },
  CommissionTier: {
    upTo: (tier) => tier.upToMinor,
    ratePercent: (tier) => tier.rateBp / 100,
  },
  PlanBonus: {
    minAttainmentPercent: (bonus) => bonus.minAttainmentBp / 100,
    amount: (bonus) => bonus.amountMinor,
  },
  IncentiveStatement: {
    rep: async (statement, _args, { loaders }) => {
      const rep = await loaders.salesRep.load(statement.repId);
      if (!rep) throw new Error(`rep ${statement.repId} not found`);
      return rep;
    },
    period: (statement) => statement.period.label,
    total: (statement) => statement.totalMinor,
    lines: (statement) => [...statement.lines],
  },
  StatementFacts: {
    basis: (facts) => facts.basisMinor,
    target: (facts) => facts.targetMinor,
    overdueReceivables: (facts) => facts.overdueReceivablesMinor,
  },
  StatementLine: {
    base: (line) => (line.kind === 'BONUS' || (line.kind === 'PENALTY' && line.rateBp === null) ? line.base : line.base / 100),
    ratePercent: (line) => (line.rateBp === null ? null : line.rateBp / 100),
    amount: (line) => line.amountMinor,
  },
};
