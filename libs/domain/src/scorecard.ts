/**
 * The explainable scorecard (docs/domain.md#scorecards): each criterion's raw value is
 * normalised to a 0–100 score, weighted, and contributes score × weight to
 * the total, so the total is exactly the sum of the lines a rep can read.
 * Scores and contributions are kept in hundredths so that the sum is exact.
 */
import { apportion } from './apportion';

export type Normalisation =
  /** Attainment (actual ÷ target) as a percentage, capped: 115 % → 115 if the cap allows. */
  | { kind: 'ATTAINMENT'; capPercent: number }
  /** Linear between a raw value worth 0 and one worth 100; `worst` above `best` means lower is better. */
  | { kind: 'RANGE'; worst: number; best: number }
  /** A manager's 1–5 rating: 1 → 20, 5 → 100. */
  | { kind: 'RATING' }
  /** The bad-habits checklist: 100 less `pointsPerHabit` for each habit ticked, never below 0. */
  | { kind: 'BAD_HABITS'; pointsPerHabit: number };

const hundredths = (value: number) => Math.round(value * 100);
const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** The 0–100 score of a raw value, or null when the raw value is not measurable. */
export function normalise(normalisation: Normalisation, raw: number | null): number | null {
  if (raw === null) return null;
  switch (normalisation.kind) {
    case 'ATTAINMENT':
      return hundredths(Math.min(normalisation.capPercent, Math.max(0, raw * 100))) / 100;
    case 'RANGE': {
      const { worst, best } = normalisation;
      return hundredths(clamp(((raw - worst) / (best - worst)) * 100)) / 100;
    }
    case 'RATING':
      return hundredths(clamp(raw * 20)) / 100;
    case 'BAD_HABITS':
      return hundredths(clamp(100 - normalisation.pointsPerHabit * raw)) / 100;
  }
}

/** A template's weights must sum to exactly 100 %. */
export const weightsComplete = (weightsBp: readonly number[]): boolean => weightsBp.reduce((sum, weight) => sum + weight, 0) === 10_000;

/** The highest score a criterion can reach: 100, or an ATTAINMENT criterion's cap (over-achievement rewarded up to it). */
export const maxScoreOf = (normalisation: Normalisation): number => (normalisation.kind === 'ATTAINMENT' ? Math.max(100, normalisation.capPercent) : 100);

export interface ScoredCriterion {
  readonly weightBp: number;
  /** Null when the criterion has no input for this rep: no target, no rating yet, no checklist filled. */
  readonly score: number | null;
  /**
   * Assessed by a manager (a rating, the bad-habits checklist). With no input such a criterion is pending, not
   * unmeasurable: not assessed is not perfect, so it keeps its weight and the scorecard has no total until it is assessed.
   */
  readonly qualitative?: boolean;
  /** The highest score it can reach (maxScoreOf); 100 when not given. */
  readonly maxScore?: number;
}

export interface ScorecardLine {
  /** The weight actually applied: unmeasurable quantitative criteria give theirs to the others in proportion. */
  readonly effectiveWeightBp: number;
  readonly contribution: number;
  /** A qualitative criterion not assessed yet: contributes nothing and keeps the total open. */
  readonly pending: boolean;
}

export interface ScoredLines {
  readonly lines: ScorecardLine[];
  /** The sum of the contributions; null while any qualitative criterion is pending (the scorecard is incomplete). */
  readonly total: number | null;
  /** The sum of the contributions so far, pending lines adding nothing. */
  readonly scoredSoFar: number;
  /** The highest total these lines allow: Σ effective weight × the line's highest score; 100 when every line scores 0–100. */
  readonly maxTotal: number;
}

/**
 * Contributions and total. A quantitative criterion that cannot be measured
 * is not scored zero (a rep without a territory target is not failing it):
 * its weight is shared among the measurable ones in proportion, and the line
 * says so. A qualitative criterion nobody assessed is neither zero nor
 * perfect nor shared out: it is pending, and there is no total until it is
 * assessed, so an unrated rep can never outscore a rated one.
 */
export function scoreLines(criteria: readonly ScoredCriterion[]): ScoredLines {
  const pending = criteria.map((criterion) => criterion.score === null && criterion.qualitative === true);
  const measurable = criteria.map((criterion, index) => (criterion.score === null && !pending[index] ? 0 : criterion.weightBp));
  const effective = apportion(10_000, measurable);
  const lines = criteria.map((criterion, index) => ({
    effectiveWeightBp: effective[index],
    contribution: criterion.score === null ? 0 : Math.round((hundredths(criterion.score) * effective[index]) / 10_000) / 100,
    pending: pending[index],
  }));
  const scoredSoFar = lines.reduce((sum, line) => sum + hundredths(line.contribution), 0) / 100;
  const maxTotal = criteria.reduce((sum, criterion, index) => sum + Math.round(((criterion.maxScore ?? 100) * 100 * effective[index]) / 10_000), 0) / 100;
  return { lines, total: pending.some(Boolean) ? null : scoredSoFar, scoredSoFar, maxTotal };
}
