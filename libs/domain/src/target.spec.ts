import { apportion } from './apportion';
import { parsePeriod } from './period';
import { isAdditive, periodAllowedFor, splitByShares, subPeriodLabels, targetGap } from './target';

describe('targets', () => {
  it('splits a target by shares into parts that add up to it exactly', () => {
    // 1,000,000.01 in thirds: 33.33 % + 33.33 % + 33.34 %
    expect(splitByShares(100_000_001, [3_333, 3_333, 3_334])).toEqual([33_330_000, 33_330_000, 33_340_001]);
    const parts = splitByShares(1_000, [3_333, 3_333, 3_334]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000);
    // an odd unit goes to the largest remainder, ties to the first child
    expect(splitByShares(10, [5_000, 5_000])).toEqual([5, 5]);
    expect(splitByShares(11, [5_000, 5_000])).toEqual([6, 5]);
  });

  it('apportions in proportion to any weights, and to nothing when there are none', () => {
    expect(apportion(10_000, [3_000, 0, 1_000])).toEqual([7_500, 0, 2_500]);
    expect(apportion(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
    expect(apportion(100, [0, 0])).toEqual([0, 0]);
  });

  it('measures the gap between a parent and its children', () => {
    expect(targetGap(1_000, [300, 300, 300])).toBe(100);
    expect(targetGap(1_000, [600, 600])).toBe(-200);
    expect(targetGap(1_000, [])).toBe(1_000);
  });

  it('allows weekly targets for visits only, and never splits market share', () => {
    expect(periodAllowedFor('VISITS', 'WEEK')).toBe(true);
    expect(periodAllowedFor('REVENUE', 'WEEK')).toBe(false);
    expect(periodAllowedFor('REVENUE', 'QUARTER')).toBe(true);
    expect(periodAllowedFor('VISITS', 'DAY')).toBe(false);
    expect(isAdditive('MARKET_SHARE')).toBe(false);
    expect(isAdditive('REVENUE')).toBe(true);
  });

  it('names the sub-periods a year and a quarter are made of, and none for a month or week', () => {
    expect(subPeriodLabels(parsePeriod('2026'))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(subPeriodLabels(parsePeriod('2026-Q4'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(subPeriodLabels(parsePeriod('2026-Q1'))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(subPeriodLabels(parsePeriod('2026-03'))).toEqual([]);
    expect(subPeriodLabels(parsePeriod('2026-W05'))).toEqual([]);
  });
});
