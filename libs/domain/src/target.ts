/**
 * Management by objectives (docs/domain.md#targets): a target is a metric, a period
 * and an owner in the company → branch → team → rep tree, decomposed from
 * the top down. Values are integers: minor units for money, counts for
 * counts, basis points (1 % = 100) for market share.
 */
import { apportion } from './apportion';
import { Period, PeriodKind } from './period';

export const TARGET_METRICS = ['REVENUE', 'UNITS', 'GROSS_PROFIT', 'NEW_CUSTOMERS', 'COLLECTION', 'VISITS', 'MARKET_SHARE'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const OWNER_KINDS = ['COMPANY', 'BRANCH', 'TEAM', 'REP'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** The level below each owner kind: where its target is split. */
export const CHILD_KIND: Readonly<Record<OwnerKind, OwnerKind | null>> = { COMPANY: 'BRANCH', BRANCH: 'TEAM', TEAM: 'REP', REP: null };

export type MetricUnit = 'MONEY' | 'COUNT' | 'BASIS_POINTS';
export const METRIC_UNIT: Readonly<Record<TargetMetric, MetricUnit>> = {
  REVENUE: 'MONEY',
  UNITS: 'COUNT',
  GROSS_PROFIT: 'MONEY',
  NEW_CUSTOMERS: 'COUNT',
  COLLECTION: 'MONEY',
  VISITS: 'COUNT',
  MARKET_SHARE: 'BASIS_POINTS',
};

/** Targets are set for years, quarters and months; a week is short enough only for activity (visits). */
export function periodAllowedFor(metric: TargetMetric, kind: PeriodKind): boolean {
  if (kind === 'DAY') return false;
  return kind !== 'WEEK' || metric === 'VISITS';
}

/** A share of the market is not the sum of its parts' shares, so it is set per owner and never split. */
export const isAdditive = (metric: TargetMetric): boolean => metric !== 'MARKET_SHARE';

/** Splits `total` by shares in basis points (summing to 10,000) into parts that add up to it exactly. */
export const splitByShares = (total: number, sharesBp: readonly number[]): number[] => apportion(total, sharesBp);

/** What a parent's target lacks (positive) or exceeds (negative) against its children's. */
export const targetGap = (parentValue: number, childValues: readonly number[]): number => parentValue - childValues.reduce((sum, value) => sum + value, 0);

/**
 * The periods a target's period is made of, for decomposition across time: a
 * year's four quarters, a quarter's three months; nothing for a month or a
 * week (weeks do not nest in months, so weekly visit targets are not summed).
 */
export function subPeriodLabels(period: Period): string[] {
  const year = period.firstDay.slice(0, 4);
  if (period.kind === 'YEAR') return [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`);
  if (period.kind === 'QUARTER') {
    const firstMonth = Number(period.firstDay.slice(5, 7));
    return [0, 1, 2].map((offset) => `${year}-${String(firstMonth + offset).padStart(2, '0')}`);
  }
  return [];
}
