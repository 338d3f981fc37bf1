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

/**
 * The largest amount an order, or one of its lines, may come to (minor units): 100,000,000,000.00. A single Money value
 * may be larger (13 whole digits), but units × price, and the sums of lines, must stay whole numbers of minor units a
 * float holds exactly (Number.MAX_SAFE_INTEGER, about 9 × 10^15), in every sum of orders reporting makes (some 900 of
 * the largest orders still add up exactly), and in the databases' BIGINT columns.
 */
export const MAX_ORDER_MINOR = 10 ** 13;

/** What is wrong with an order's amounts: the field relative to the order's input (`lines.0.listPrice`, `lines`, `total`) and why. */
export interface OrderAmountProblem {
  readonly field: string;
  readonly message: string;
}

const MAX_ORDER = BigInt(MAX_ORDER_MINOR);
const LIMIT_TEXT = '100000000000.00';

/**
 * Why an order's lines come to more than MAX_ORDER_MINOR, or null when they do not: a line whose units × list price or
 * units × unit cost is beyond it (named by line and field), or lines whose list prices or unit costs add up beyond it
 * (`lines`). The net total, the gross profit and the discount beyond authority are then bounded too (a discount only
 * lowers a price). Counted exactly, whatever the inputs.
 */
export function orderAmountProblem(lines: readonly OrderLineInput[]): OrderAmountProblem | null {
  let listTotal = 0n;
  let costTotal = 0n;
  for (const [index, line] of lines.entries()) {
    const units = BigInt(line.units);
    const list = units * BigInt(line.listPriceMinor);
    if (list > MAX_ORDER) {
      return {
        field: `lines.${index}.listPrice`,
        message: `line ${index + 1}: ${line.units} units at this list price come to more than ${LIMIT_TEXT}, the most an order may`,
      };
    }
    const cost = line.unitCostMinor === null ? 0n : units * BigInt(line.unitCostMinor);
    if (cost > MAX_ORDER) {
      return {
        field: `lines.${index}.unitCost`,
        message: `line ${index + 1}: ${line.units} units at this unit cost come to more than ${LIMIT_TEXT}, the most an order may`,
      };
    }
    listTotal += list;
    costTotal += cost;
  }
  if (listTotal > MAX_ORDER || costTotal > MAX_ORDER) {
    const what = listTotal > MAX_ORDER ? 'list prices' : 'unit costs';
    return { field: 'lines', message: `the lines' ${what} come to more than ${LIMIT_TEXT}, the most an order may: split it into several orders` };
  }
  return null;
}

/** Why an order without line detail may not have this total, or null when it may. */
export function orderTotalProblem(totalMinor: number): OrderAmountProblem | null {
  return totalMinor > MAX_ORDER_MINOR ? { field: 'total', message: `total may be at most ${LIMIT_TEXT}: split it into several orders` } : null;
}

/**
 * `amountMinor` × `bp` / 10,000, rounded half up, exactly for any amount up to MAX_ORDER_MINOR and any basis points up
 * to 10,000: the product itself (up to 10^17) is beyond what a float holds exactly, so the amount is split first.
 */
function basisPointsOf(amountMinor: number, bp: number): number {
  const whole = Math.floor(amountMinor / 10_000);
  const rest = amountMinor - whole * 10_000;
  return whole * bp + Math.round((rest * bp) / 10_000);
}

/** Net unit price after discount, the line total and its gross profit. */
export function priceLine(line: OrderLineInput): PricedLine {
  const netPriceMinor = basisPointsOf(line.listPriceMinor, 10_000 - line.discountBp);
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
  return lines.reduce((sum, line) => sum + basisPointsOf(line.units * line.listPriceMinor, Math.max(0, line.discountBp - authorityBp)), 0);
}

/** The guide: "did the rep secure payment terms favourable to the company?" */
export function termsBeyondStandard(termsDays: number, standardDays = DEFAULT_STANDARD_PAYMENT_TERMS_DAYS): boolean {
  return termsDays > standardDays;
}
