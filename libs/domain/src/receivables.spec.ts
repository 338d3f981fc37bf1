import { priceLine, priceOrder, needsDiscountApproval, termsBeyondStandard } from './order-pricing';
import { ageReceivables, agingBucket, daysPastDue, daysSalesOutstanding, dueDateFor } from './receivables';

describe('order pricing', () => {
  it('prices a line: net price after discount, total and gross profit', () => {
    // 12 units listed at 250.00 with 12.5 % off and a unit cost of 150.00
    expect(priceLine({ units: 12, listPriceMinor: 25_000, discountBp: 1250, unitCostMinor: 15_000 })).toEqual({
      netPriceMinor: 21_875,
      lineTotalMinor: 262_500,
      grossProfitMinor: 82_500,
    });
  });

  it('totals an order and knows gross profit only when every cost is known', () => {
    const order = priceOrder([
      { units: 2, listPriceMinor: 1000, discountBp: 0, unitCostMinor: 600 },
      { units: 1, listPriceMinor: 333, discountBp: 1500, unitCostMinor: null },
    ]);
    expect(order).toEqual({ totalMinor: 2283, grossProfitMinor: null, units: 3, maxDiscountBp: 1500 });
  });

  it('asks for approval above the authority and flags long terms', () => {
    expect(needsDiscountApproval(1000, 1000)).toBe(false);
    expect(needsDiscountApproval(1001, 1000)).toBe(true);
    expect(termsBeyondStandard(30)).toBe(false);
    expect(termsBeyondStandard(45)).toBe(true);
  });
});

describe('receivables', () => {
  const asOf = new Date('2026-11-29T15:00:00Z');

  it('counts days past due and buckets them', () => {
    expect(daysPastDue('2026-11-29', asOf)).toBe(0);
    expect(daysPastDue('2026-10-30', asOf)).toBe(30);
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(agingBucket)).toEqual([
      'CURRENT',
      'DAYS_1_30',
      'DAYS_1_30',
      'DAYS_31_60',
      'DAYS_31_60',
      'DAYS_61_90',
      'DAYS_61_90',
      'OVER_90',
    ]);
  });

  it('ages outstanding amounts', () => {
    expect(
      ageReceivables(
        [
          { dueDate: '2026-12-15', outstandingMinor: 100 },
          { dueDate: '2026-11-01', outstandingMinor: 200 },
          { dueDate: '2026-07-01', outstandingMinor: 300 },
        ],
        asOf,
      ),
    ).toEqual({ CURRENT: 100, DAYS_1_30: 200, DAYS_31_60: 0, DAYS_61_90: 0, OVER_90: 300 });
  });

  it('dates invoices from their terms and measures DSO', () => {
    expect(dueDateFor(new Date('2026-11-20T18:00:00Z'), 30)).toBe('2026-12-20');
    expect(daysSalesOutstanding(50_000, 150_000, 90)).toBe(30);
    expect(daysSalesOutstanding(10_000, 0, 90)).toBeNull();
  });
});
