import {
  attainment,
  attainmentWithReason,
  averageHandlingHours,
  averageSatisfaction,
  budgetUsage,
  budgetWithin,
  collectionRate,
  customerSalesGrowth,
  favourableTermsShare,
  marketShare,
  newDevelopmentShare,
  reportTimeliness,
  retention,
  salesExpenseRatio,
  visitCoverage,
  visitsPerWorkingDay,
  workingDays,
} from './kpi';
import { parsePeriod } from './period';

describe('budgetWithin', () => {
  const q4 = { firstDay: '2026-10-01', lastDay: '2026-12-31', amountMinor: 600_000 };
  const november = { firstDay: '2026-11-01', lastDay: '2026-11-30', amountMinor: 200_000 };
  const january = { firstDay: '2026-01-01', lastDay: '2026-01-31', amountMinor: 50_000 };

  it('counts a quarter budget once, its months inside it, rather than adding them up', () => {
    // docs/domain.md#expenses: Q4 6,000.00 on top of November 2,000.00 came to 8,000.00 for the quarter.
    expect(budgetWithin([q4, november])).toBe(600_000);
    expect(budgetWithin([november])).toBe(200_000);
  });

  it('adds up budgets that do not nest, and a year budget contains everything in it', () => {
    expect(budgetWithin([q4, november, january])).toBe(650_000);
    expect(budgetWithin([{ firstDay: '2026-01-01', lastDay: '2026-12-31', amountMinor: 1_000_000 }, q4, november, january])).toBe(1_000_000);
    expect(budgetWithin([])).toBe(0);
  });
});

describe('KPI formulas', () => {
  it('divides actual by target, and is not measurable without a target', () => {
    expect(attainment(1_150_000, 1_000_000)).toBe(1.15);
    expect(attainment(500, 0)).toBeNull();
  });

  it('computes the output ratios', () => {
    // collected 84,000.00 of 120,000.00 due
    expect(collectionRate(8_400_000, 12_000_000)).toBe(0.7);
    // 3,000.00 of expenses on 40,000.00 revenue
    expect(salesExpenseRatio(300_000, 4_000_000)).toBe(0.075);
    // 40,000.00 of a 1,600,000.00 regional market
    expect(marketShare(4_000_000, 160_000_000)).toBe(0.025);
  });

  it('counts working days and visits per working day', () => {
    // November 2026: 30 days, 9 weekend days (Sundays 1, 8, 15, 22, 29; Saturdays 7, 14, 21, 28)
    expect(workingDays(parsePeriod('2026-11'))).toBe(21);
    expect(workingDays(parsePeriod('2026-W48'))).toBe(5);
    expect(visitsPerWorkingDay(63, parsePeriod('2026-11'))).toBe(3);
    expect(visitCoverage(45, 60)).toBe(0.75);
  });

  it('measures retention and churn from last period’s active customers', () => {
    expect(retention(40, 34)).toEqual({ retentionRate: 0.85, churnRate: 0.15 });
    expect(retention(0, 0)).toEqual({ retentionRate: null, churnRate: null });
    expect(customerSalesGrowth(1_100_000, 1_000_000)).toBe(0.1);
    expect(customerSalesGrowth(900_000, 1_000_000)).toBe(-0.1);
  });

  it('averages complaint handling time and satisfaction', () => {
    // two complaints: 6 h (360 min) and 18 h (1,080 min) → 12 h
    expect(averageHandlingHours(360 + 1_080, 2)).toBe(12);
    expect(averageHandlingHours(0, 0)).toBeNull();
    expect(averageSatisfaction(4 + 5 + 3, 3)).toBe(4);
    expect(averageSatisfaction(0, 0)).toBeNull();
  });

  it('computes self-management and expense-control ratios', () => {
    expect(reportTimeliness(18, 20)).toBe(0.9);
    expect(budgetUsage(450_000, 500_000)).toEqual({ usage: 0.9, reduction: 0.1 });
    expect(budgetUsage(550_000, 500_000)).toEqual({ usage: 1.1, reduction: -0.1 });
    expect(favourableTermsShare(27, 30)).toBe(0.9);
  });
});

describe('newDevelopmentShare', () => {
  it('is new-development visits over new-development and maintenance visits, other kinds left out', () => {
    expect(newDevelopmentShare(1, 3)).toBe(0.25);
    expect(newDevelopmentShare(2, 1)).toBe(0.6667);
    expect(newDevelopmentShare(4, 0)).toBe(1);
    expect(newDevelopmentShare(0, 5)).toBe(0);
  });

  it('is not measurable without hunting or farming visits', () => {
    expect(newDevelopmentShare(0, 0)).toBeNull();
  });
});

describe('attainmentWithReason', () => {
  it('measures value ÷ target, and otherwise says why there is none', () => {
    expect(attainmentWithReason(85, 100, true)).toEqual({ attainment: 0.85, attainmentStatus: 'MEASURED' });
    expect(attainmentWithReason(0, 100, true)).toEqual({ attainment: 0, attainmentStatus: 'MEASURED' });
    expect(attainmentWithReason(85, null, false)).toEqual({ attainment: null, attainmentStatus: 'KPI_TAKES_NO_TARGET' });
    expect(attainmentWithReason(85, null, true)).toEqual({ attainment: null, attainmentStatus: 'NO_TARGET_SET' });
    expect(attainmentWithReason(85, 0, true)).toEqual({ attainment: null, attainmentStatus: 'TARGET_IS_ZERO' });
    expect(attainmentWithReason(null, 100, true)).toEqual({ attainment: null, attainmentStatus: 'VALUE_NOT_MEASURABLE' });
  });
});
