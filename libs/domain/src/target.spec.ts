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

  it('apportions exactly for the largest totals, where total × weight is beyond a float', () => {
    const total = Number.MAX_SAFE_INTEGER;
    const parts = splitByShares(total, [3_333, 3_333, 3_334]);
    expect(parts).toEqual([3_002_099_511_605_172, 3_002_099_511_605_172, 3_003_000_231_530_647]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    // 44,208,892,701,950.01 at 48.78 % and 51.22 %: …121.4878 and …879.5122, so the odd cent goes to the second.
    expect(splitByShares(4_420_889_270_195_001, [4_878, 5_122])).toEqual([2_156_509_786_001_121, 2_264_379_484_193_880]);
    expect(apportion(10_000_000_000_001, [1, 1, 1])).toEqual([3_333_333_333_334, 3_333_333_333_334, 3_333_333_333_333]);
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
