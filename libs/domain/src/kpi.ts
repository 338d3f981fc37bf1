/**
 * The KPI formulas of docs/domain.md#kpis, once, as pure functions over facts.
 * Ratios are fractions (0.85 = 85 %), rounded to four places; a KPI whose
 * denominator is zero is null ("not measurable"), never 0 or Infinity, so a
 * rep with no target is not shown as failing it.
 */
import { Period } from './period';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round4(numerator / denominator) : null;
}

/** Output: actual ÷ target, per metric. */
export const attainment = (actual: number, target: number): number | null => ratio(actual, target);

/** Why a KPI has an attainment or has none: a screen tells "no target set" from "not measurable". */
export type AttainmentStatus = 'MEASURED' | 'KPI_TAKES_NO_TARGET' | 'NO_TARGET_SET' | 'TARGET_IS_ZERO' | 'VALUE_NOT_MEASURABLE';

/**
 * A KPI's attainment and the reason beside it: the KPI may take no target at
 * all, its owner may have none for the period, the target may be zero, or
 * the value itself may not be measurable.
 */
export function attainmentWithReason(
  value: number | null,
  target: number | null,
  takesTarget: boolean,
): { attainment: number | null; attainmentStatus: AttainmentStatus } {
  if (!takesTarget) return { attainment: null, attainmentStatus: 'KPI_TAKES_NO_TARGET' };
  if (target === null) return { attainment: null, attainmentStatus: 'NO_TARGET_SET' };
  if (target <= 0) return { attainment: null, attainmentStatus: 'TARGET_IS_ZERO' };
  if (value === null) return { attainment: null, attainmentStatus: 'VALUE_NOT_MEASURABLE' };
  return { attainment: attainment(value, target), attainmentStatus: 'MEASURED' };
}

/** Output: collected in period ÷ amount due in period. */
export const collectionRate = (collectedMinor: number, dueMinor: number): number | null => ratio(collectedMinor, dueMinor);

/** Output: expenses ÷ revenue. */
export const salesExpenseRatio = (expensesMinor: number, revenueMinor: number): number | null => ratio(expensesMinor, revenueMinor);

/** Output: revenue ÷ market size of the region. */
export const marketShare = (revenueMinor: number, marketSizeMinor: number): number | null => ratio(revenueMinor, marketSizeMinor);

/** Monday to Friday in a period: the denominator of visits per working day. */
export function workingDays(period: Period): number {
  let count = 0;
  for (let day = Date.parse(`${period.firstDay}T00:00:00Z`); day <= Date.parse(`${period.lastDay}T00:00:00Z`); day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Input: visits ÷ working days. */
export const visitsPerWorkingDay = (visits: number, period: Period): number | null => ratio(visits, workingDays(period));

/**
 * Input: the hunter/farmer effort balance (docs/domain.md#new-development-vs-maintenance, acquiring a customer costs about 7× keeping one):
 * new-development visits ÷ (new-development + maintenance visits). Collection, service and complaint visits
 * are neither hunting nor farming and stay out of it.
 */
export const newDevelopmentShare = (newDevelopmentVisits: number, maintenanceVisits: number): number | null =>
  ratio(newDevelopmentVisits, newDevelopmentVisits + maintenanceVisits);

/** Input: share of customers visited within their class's policy. */
export const visitCoverage = (customersNotOverdue: number, customers: number): number | null => ratio(customersNotOverdue, customers);

/** Service: of last period's active customers, the share still buying this period; churn is the rest. */
export function retention(activeLastPeriod: number, stillBuying: number): { retentionRate: number | null; churnRate: number | null } {
  const retentionRate = ratio(stillBuying, activeLastPeriod);
  return { retentionRate, churnRate: retentionRate === null ? null : round4(1 - retentionRate) };
}

/** Service: revenue per retained customer against the prior period, as growth (0.1 = +10 %). */
export const customerSalesGrowth = (revenueNowMinor: number, revenuePriorMinor: number): number | null =>
  ratio(revenueNowMinor - revenuePriorMinor, revenuePriorMinor);

/** Service: mean hours from opening to resolution, over the complaints resolved in the period (minutes summed in the facts). */
export function averageHandlingHours(totalMinutes: number, resolved: number): number | null {
  return resolved > 0 ? Math.round((totalMinutes / 60 / resolved) * 10) / 10 : null;
}

/** Service: mean satisfaction score, 1–5, from the sum and count of the period's surveys. */
export function averageSatisfaction(scoreSum: number, surveys: number): number | null {
  return surveys > 0 ? Math.round((scoreSum / surveys) * 100) / 100 : null;
}

/** Self-management: reports on time ÷ reports due (visit, market-info, weekly, monthly, expense reports and orders). */
export const reportTimeliness = (onTime: number, due: number): number | null => ratio(onTime, due);

/** Expense control: actual ÷ budgeted travel expense; reduction is the share of the budget not spent (negative when over). */
export function budgetUsage(actualMinor: number, budgetMinor: number): { usage: number | null; reduction: number | null } {
  const usage = ratio(actualMinor, budgetMinor);
  return { usage, reduction: usage === null ? null : round4(1 - usage) };
}

/** A budget's span and amount: periods are whole months, quarters or years, so two budgets either nest or do not meet. */
export interface BudgetSpan {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly amountMinor: number;
}

/**
 * Expense control: the budget of one rep and category for a period, from the
 * budgets set inside it. A longer budget contains the shorter ones inside it
 * (a quarter's budget is the envelope; a month's budget in it is a limit
 * within that envelope, not more money), so only the outermost budgets count:
 * a Q4 budget of 6,000.00 with a November budget of 2,000.00 is 6,000.00 for
 * the quarter, 2,000.00 for November. Budgets of the same span count once each.
 */
export function budgetWithin(budgets: readonly BudgetSpan[]): number {
  const contains = (outer: BudgetSpan, inner: BudgetSpan) =>
    outer.firstDay <= inner.firstDay && outer.lastDay >= inner.lastDay && (outer.firstDay < inner.firstDay || outer.lastDay > inner.lastDay);
  return budgets.filter((budget) => !budgets.some((other) => contains(other, budget))).reduce((sum, budget) => sum + budget.amountMinor, 0);
}

/** Expense control: share of orders within the standard payment terms. */
export const favourableTermsShare = (ordersWithinStandard: number, orders: number): number | null => ratio(ordersWithinStandard, orders);
