import { discountBeyondAuthorityMinor, MAX_ORDER_MINOR, orderAmountProblem, orderTotalProblem, priceLine, priceOrder } from './order-pricing';

describe('discount beyond authority', () => {
  it('counts only the part of each line’s discount above the authority, not the whole discount', () => {
    // 20 × 500.00 at 20 % with 15 % authority: 2,000.00 of discount, 20 × 500.00 × 5 % = 500.00 beyond it
    const line = { units: 20, listPriceMinor: 50_000, discountBp: 2_000, unitCostMinor: null };
    const priced = priceOrder([line]);
    expect(20 * 50_000 - priced.totalMinor).toBe(200_000);
    expect(discountBeyondAuthorityMinor([line], 1_500)).toBe(50_000);
  });

  it('adds lines up, a line within authority adding nothing', () => {
    const lines = [
      { units: 20, listPriceMinor: 50_000, discountBp: 2_000 }, // 500.00 beyond
      { units: 3, listPriceMinor: 10_000, discountBp: 1_000 }, // within 15 %: 0
      { units: 1, listPriceMinor: 333, discountBp: 1_750 }, // 3.33 × 2.5 % = 0.0833 → 0.08
    ];
    expect(discountBeyondAuthorityMinor(lines, 1_500)).toBe(50_000 + 0 + 8);
    expect(discountBeyondAuthorityMinor(lines, 2_000)).toBe(0);
    expect(discountBeyondAuthorityMinor([], 0)).toBe(0);
  });
});

describe('order amount bound', () => {
  const line = (units: number, listPriceMinor: number, unitCostMinor: number | null = null) => ({ units, listPriceMinor, discountBp: 0, unitCostMinor });

  it('allows an order of exactly 100,000,000,000.00, in one line or several', () => {
    expect(MAX_ORDER_MINOR).toBe(10_000_000_000_000);
    expect(orderAmountProblem([line(1_000, 10_000_000_000, 10_000_000_000)])).toBeNull();
    expect(orderAmountProblem([line(1, MAX_ORDER_MINOR / 2), line(2, MAX_ORDER_MINOR / 4, MAX_ORDER_MINOR / 4)])).toBeNull();
    expect(orderTotalProblem(MAX_ORDER_MINOR)).toBeNull();
  });

  it('names the line whose units × list price or units × unit cost is beyond it, counting exactly', () => {
    // The user trial: 1000 × 9999999999999.99, whose product a float no longer holds exactly.
    expect(orderAmountProblem([line(1, 100), line(1_000, 999_999_999_999_999)])).toEqual({
      field: 'lines.1.listPrice',
      message: 'line 2: 1000 units at this list price come to more than 100000000000.00, the most an order may',
    });
    expect(orderAmountProblem([line(1_000, 10_000_000_001)])?.field).toBe('lines.0.listPrice');
    expect(orderAmountProblem([line(3, 100, 3_333_333_333_334)])?.field).toBe('lines.0.unitCost');
  });

  it('names the lines when each is within it but they add up beyond it', () => {
    expect(orderAmountProblem([line(1, MAX_ORDER_MINOR), line(1, 1)])?.field).toBe('lines');
    expect(orderAmountProblem([line(1, 1, MAX_ORDER_MINOR), line(1, 1, 1)])).toEqual({
      field: 'lines',
      message: "the lines' unit costs come to more than 100000000000.00, the most an order may: split it into several orders",
    });
  });

  it('bounds a total given without lines', () => {
    expect(orderTotalProblem(MAX_ORDER_MINOR + 1)).toEqual({ field: 'total', message: 'total may be at most 100000000000.00: split it into several orders' });
  });

  it('prices and counts discounts exactly up to the bound, where amount × basis points is beyond a float', () => {
    // 74,524,130,628.97 × 45.34 % = 33,789,240,827.17498…: the float product reads …27.175 and would round it up to …27.18.
    expect(priceLine({ units: 1, listPriceMinor: 7_452_413_062_897, discountBp: 10_000 - 4_534, unitCostMinor: null }).netPriceMinor).toBe(3_378_924_082_717);
    expect(discountBeyondAuthorityMinor([{ units: 1, listPriceMinor: 7_452_413_062_897, discountBp: 4_534 }], 0)).toBe(3_378_924_082_717);
    expect(priceLine({ units: 1_000, listPriceMinor: 10_000_000_000, discountBp: 0, unitCostMinor: 1 })).toEqual({
      netPriceMinor: 10_000_000_000,
      lineTotalMinor: MAX_ORDER_MINOR,
      grossProfitMinor: MAX_ORDER_MINOR - 1_000,
    });
  });
});
