import { METRIC_UNIT, TargetMetric } from '@salesgraph/domain';
import { badUserInput } from '@salesgraph/subgraph-kit';

/**
 * Targets are stored as integers (minor units, counts, basis points) and
 * shown in the unit a director thinks in: money, a count, a percentage.
 */
export function storedTargetValue(metric: TargetMetric, value: number, field: string): number {
  const unit = METRIC_UNIT[metric];
  if (unit === 'COUNT') {
    if (!Number.isSafeInteger(value) || value < 0)
      throw badUserInput(field, `a ${metric.toLowerCase().replace('_', ' ')} target is a whole number, zero or more`);
    return value;
  }
  const stored = Math.round(value * 100);
  if (!Number.isSafeInteger(stored) || stored < 0 || Math.abs(stored - value * 100) > 1e-6) {
    throw badUserInput(
      field,
      unit === 'MONEY' ? 'an amount is zero or more, with at most two decimals' : 'a share in % is zero or more, with at most two decimals',
    );
  }
  return stored;
}

export function shownTargetValue(metric: TargetMetric, stored: number): number {
  return METRIC_UNIT[metric] === 'COUNT' ? stored : stored / 100;
}
