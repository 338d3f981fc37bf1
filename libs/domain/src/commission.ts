/**
 * Commission statements (docs/domain.md#incentives): a published plan turns a rep's
 * period into lines a rep can check with a calculator. Money in minor units,
 * rates in basis points (1 % = 100); every amount rounds once, on its line.
 */

export type CommissionBasis = 'REVENUE' | 'COLLECTED';

export interface CommissionTier {
  /** The tier covers the basis up to this amount; null for the open top tier. */
  readonly upToMinor: number | null;
  readonly rateBp: number;
}

export interface PlanBonus {
  readonly name: string;
  /** Paid when attainment of the basis's target reaches this (10,000 = 100 %). */
  readonly minAttainmentBp: number;
  readonly amountMinor: number;
}

export interface PlanTerms {
  readonly basis: CommissionBasis;
  /** Marginal tiers, ascending, the last one open. */
  readonly tiers: readonly CommissionTier[];
  /** Extra rate on the part of the basis above the period's target. */
  readonly acceleratorRateBp: number;
  readonly bonuses: readonly PlanBonus[];
  /** Share of receivables overdue at the period's end deducted. */
  readonly overdueReceivablePenaltyBp: number;
  /** Deducted for each report submitted late or not at all. */
  readonly lateReportPenaltyMinor: number;
}

export interface StatementFacts {
  /** Revenue, or revenue collected, in the period: whichever the plan pays on. */
  readonly basisMinor: number;
  /** The period's target for the basis (REVENUE or COLLECTION); null when none was set. */
  readonly targetMinor: number | null;
  readonly overdueReceivablesMinor: number;
  readonly lateReports: number;
}

export type StatementLineKind = 'COMMISSION' | 'ACCELERATOR' | 'BONUS' | 'PENALTY' | 'FLOOR';

export interface StatementLine {
  readonly kind: StatementLineKind;
  readonly description: string;
  /** What the rate applies to (minor units), or the count for per-item lines. */
  readonly base: number;
  readonly rateBp: number | null;
  readonly amountMinor: number;
}

const pct = (bp: number) => `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')} %`;
const money = (minor: number) => (minor / 100).toFixed(2);
const atRate = (base: number, rateBp: number) => Math.round((base * rateBp) / 10_000);

/**
 * The plan in force for a rep in a period (docs/domain.md#incentives, "fair, published
 * plans"): the plan of the team the rep was in during the period, if it had
 * taken effect by the period's first day; otherwise the company-wide plan
 * (teamId null), likewise. A team plan published from 2026-11 therefore
 * leaves 2026-10 under the company plan rather than under no plan. Returns the
 * plan and its latest version in force, or null when no plan applies.
 */
export function planInForce<
  P extends { readonly id: string; readonly teamId: string | null },
  V extends { readonly planId: string; readonly number: number; readonly effectiveFrom: string },
>(plans: readonly P[], versions: readonly V[], teamId: string | null, firstDay: string): { plan: P; version: V } | null {
  const inForce = (plan: P | undefined) => {
    if (!plan) return null;
    const version = versions
      .filter((candidate) => candidate.planId === plan.id && candidate.effectiveFrom.slice(0, 10) <= firstDay)
      .sort((a, b) => b.number - a.number)[0];
    return version ? { plan, version } : null;
  };
  return (teamId !== null ? inForce(plans.find((plan) => plan.teamId === teamId)) : null) ?? inForce(plans.find((plan) => plan.teamId === null));
}

/** What a plan's terms must satisfy; the message of the first breach, or null. */
export function planTermsProblem(terms: PlanTerms): { field: string; message: string } | null {
  if (!terms.tiers.length) return { field: 'tiers', message: 'a plan needs at least one tier' };
  let floor = 0;
  for (const [index, tier] of terms.tiers.entries()) {
    const last = index === terms.tiers.length - 1;
    if (!Number.isInteger(tier.rateBp) || tier.rateBp < 0 || tier.rateBp > 10_000)
      return { field: `tiers.${index}.ratePercent`, message: 'ratePercent must be 0–100' };
    if (last !== (tier.upToMinor === null))
      return { field: `tiers.${index}.upTo`, message: last ? 'the top tier is open: leave upTo out' : 'only the top tier may leave upTo out' };
    if (tier.upToMinor !== null && tier.upToMinor <= floor)
      return { field: `tiers.${index}.upTo`, message: 'tiers must rise: upTo must exceed the tier below' };
    floor = tier.upToMinor ?? floor;
  }
  for (const [index, bonus] of terms.bonuses.entries()) {
    if (!bonus.name.trim()) return { field: `bonuses.${index}.name`, message: 'a bonus needs a name' };
    if (bonus.amountMinor <= 0) return { field: `bonuses.${index}.amount`, message: 'amount must be greater than zero' };
  }
  return null;
}

/** Attainment of the basis's target in basis points, or null without a target. */
export const attainmentBp = (facts: StatementFacts): number | null =>
  facts.targetMinor && facts.targetMinor > 0 ? Math.floor((facts.basisMinor * 10_000) / facts.targetMinor) : null;

/** Every line of a rep's statement and its total, which is never below zero. */
export function computeStatement(terms: PlanTerms, facts: StatementFacts): { lines: StatementLine[]; totalMinor: number } {
  const basisName = terms.basis === 'REVENUE' ? 'revenue' : 'collected revenue';
  const lines: StatementLine[] = [];
  let floor = 0;
  for (const tier of terms.tiers) {
    const top = tier.upToMinor ?? Number.MAX_SAFE_INTEGER;
    const inTier = Math.max(0, Math.min(facts.basisMinor, top) - floor);
    const range = tier.upToMinor === null ? `above ${money(floor)}` : `${money(floor)}–${money(top)}`;
    lines.push({
      kind: 'COMMISSION',
      description: `${pct(tier.rateBp)} on ${basisName} ${range}`,
      base: inTier,
      rateBp: tier.rateBp,
      amountMinor: atRate(inTier, tier.rateBp),
    });
    floor = top;
  }
  const attained = attainmentBp(facts);
  if (terms.acceleratorRateBp > 0 && facts.targetMinor && attained !== null && attained > 10_000) {
    const excess = facts.basisMinor - facts.targetMinor;
    lines.push({
      kind: 'ACCELERATOR',
      description: `${pct(terms.acceleratorRateBp)} extra on ${basisName} above the target of ${money(facts.targetMinor)}`,
      base: excess,
      rateBp: terms.acceleratorRateBp,
      amountMinor: atRate(excess, terms.acceleratorRateBp),
    });
  }
  for (const bonus of terms.bonuses) {
    if (attained !== null && attained >= bonus.minAttainmentBp) {
      lines.push({
        kind: 'BONUS',
        description: `${bonus.name}: attainment ${pct(attained)} reached ${pct(bonus.minAttainmentBp)}`,
        base: attained,
        rateBp: null,
        amountMinor: bonus.amountMinor,
      });
    }
  }
  if (terms.overdueReceivablePenaltyBp > 0 && facts.overdueReceivablesMinor > 0) {
    lines.push({
      kind: 'PENALTY',
      description: `${pct(terms.overdueReceivablePenaltyBp)} of receivables overdue at the period's end`,
      base: facts.overdueReceivablesMinor,
      rateBp: terms.overdueReceivablePenaltyBp,
      amountMinor: -atRate(facts.overdueReceivablesMinor, terms.overdueReceivablePenaltyBp),
    });
  }
  if (terms.lateReportPenaltyMinor > 0 && facts.lateReports > 0) {
    lines.push({
      kind: 'PENALTY',
      description: `${money(terms.lateReportPenaltyMinor)} for each of ${facts.lateReports} late or missing reports`,
      base: facts.lateReports,
      rateBp: null,
      amountMinor: -terms.lateReportPenaltyMinor * facts.lateReports,
    });
  }
  const sum = lines.reduce((total, line) => total + line.amountMinor, 0);
  if (sum < 0) lines.push({ kind: 'FLOOR', description: 'penalties never take a statement below zero', base: sum, rateBp: null, amountMinor: -sum });
  return { lines, totalMinor: Math.max(0, sum) };
}
