/**
 * Order arithmetic (docs/domain.md#pricing): discounts in basis points (1 % = 100),
 * amounts in minor units, every rounding to the minor unit done once, here.
 */
export const DEFAULT_DISCOUNT_AUTHORITY_BP = 1000;
export const DEFAULT_STANDARD_PAYMENT_TERMS_DAYS = 30;

export interface OrderLineInput {
  readonly units: number;
  readonly listPriceMinor: number;
  readonly discountBp: number;
  /** Unknown cost leaves gross profit unknown. */
  readonly unitCostMinor: number | null;
}

export interface PricedLine {
  readonly netPriceMinor: number;
  readonly lineTotalMinor: number;
  readonly grossProfitMinor: number | null;
}

/** Net unit price after discount, the line total and its gross profit. */
export function priceLine(line: OrderLineInput): PricedLine {
  const netPriceMinor = Math.round((line.listPriceMinor * (10_000 - line.discountBp)) / 10_000);
  const lineTotalMinor = netPriceMinor * line.units;
  const grossProfitMinor = line.unitCostMinor === null ? null : (netPriceMinor - line.unitCostMinor) * line.units;
  return { netPriceMinor, lineTotalMinor, grossProfitMinor };
}

export interface PricedOrder {
  readonly totalMinor: number;
  readonly grossProfitMinor: number | null;
  readonly units: number;
  readonly maxDiscountBp: number;
}

export function priceOrder(lines: readonly OrderLineInput[]): PricedOrder {
  const priced = lines.map(priceLine);
  return {
    totalMinor: priced.reduce((sum, line) => sum + line.lineTotalMinor, 0),
    grossProfitMinor: priced.some((line) => line.grossProfitMinor === null) ? null : priced.reduce((sum, line) => sum + (line.grossProfitMinor ?? 0), 0),
    units: lines.reduce((sum, line) => sum + line.units, 0),
    maxDiscountBp: lines.reduce((max, line) => Math.max(max, line.discountBp), 0),
  };
}

/** A discount above the rep's authority needs a manager's approval. */
export function needsDiscountApproval(maxDiscountBp: number, authorityBp: number): boolean {
  return maxDiscountBp > authorityBp;
}

/**
 * Expense control (docs/domain.md#discount-authority, "discounts beyond authority … count and
 * amount"): the part of the discount the rep had no authority to give, per
 * line units × list price × max(0, line discount − authority), rounded once
 * per line. Not the whole discount: 20 × 500.00 at 20 % by a rep with 15 %
 * authority gave 2,000.00 of discount, of which 500.00 was beyond authority.
 */
export function discountBeyondAuthorityMinor(
  lines: ReadonlyArray<{ readonly units: number; readonly listPriceMinor: number; readonly discountBp: number }>,
  authorityBp: number,
): number {
  return lines.reduce((sum, line) => sum + Math.round((line.units * line.listPriceMinor * Math.max(0, line.discountBp - authorityBp)) / 10_000), 0);
}

/** The guide: "did the rep secure payment terms favourable to the company?" */
export function termsBeyondStandard(termsDays: number, standardDays = DEFAULT_STANDARD_PAYMENT_TERMS_DAYS): boolean {
  return termsDays > standardDays;
}
