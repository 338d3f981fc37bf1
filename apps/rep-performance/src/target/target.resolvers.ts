import { OwnerKind, Period } from '@salesgraph/domain';
import { Resolvers } from '../generated/resolvers.generated';
import { RepPerformanceContext } from '../context';
import { COMPANY_ID, TargetEntity } from './target.entity';
import { shownTargetValue, storedTargetValue } from './target-units';

/** An owner's targets through the batched loader, optionally one period's. */
export async function ownerTargets(context: RepPerformanceContext, kind: OwnerKind, id: string, period?: Period | null): Promise<TargetEntity[]> {
  const all = (await context.loaders.targets.load({ group: kind, id })) ?? [];
  return period ? all.filter((target) => target.period === period.label) : all;
}

export const targetResolvers: Resolvers<RepPerformanceContext> = {
  Query: {
    targets: (_parent, { ownerKind, ownerId, period }, context) =>
      ownerTargets(context, ownerKind, ownerKind === 'COMPANY' ? COMPANY_ID : (ownerId ?? ''), period),
    targetGaps: (_parent, { period, metric }, { services }) => services.targets.targetGaps(period, metric),
  },
  Mutation: {
    setTarget: async (_parent, { input }, { viewer, services }) =>
      services.targets.setTarget(viewer, { ...input, value: storedTargetValue(input.metric, input.value, 'input.value') }),
    splitTarget: async (_parent, { input }, { viewer, services }) => {
      const parent = await services.targets.findById(input.targetId);
      return services.targets.splitTarget(viewer, {
        ...input,
        parts: input.parts.map((part, index) => ({
          ownerId: part.ownerId,
          sharePercent: part.sharePercent,
          value: part.value == null || !parent ? part.value : storedTargetValue(parent.metric, part.value, `input.parts.${index}.value`),
        })),
      });
    },
    deleteTarget: (_parent, { input }, { viewer, services }) => services.targets.deleteTarget(viewer, input),
    setMarketSize: (_parent, { input }, { viewer, services }) => services.targets.setMarketSize(viewer, input),
  },
  Target: {
    value: (target) => shownTargetValue(target.metric, target.value),
  },
  TargetGap: {
    childrenTotal: (gap) => shownTargetValue(gap.target.metric, gap.childrenTotal),
    gap: (gap) => shownTargetValue(gap.target.metric, gap.gap),
  },
  MarketSize: {
    amount: (size) => size.amountMinor,
  },
};
