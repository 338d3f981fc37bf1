import { discountBeyondAuthorityMinor, priceOrder } from './order-pricing';

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
