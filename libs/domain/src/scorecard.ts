/**
 * The explainable scorecard (DOMAIN.md §2): each criterion's raw value is
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

export interface ScoredCriterion {
  readonly weightBp: number;
  /** Null when the criterion could not be measured for this rep (no target, no rating yet). */
  readonly score: number | null;
}

export interface ScorecardLine {
  /** The weight actually applied: unmeasurable criteria give theirs to the others in proportion. */
  readonly effectiveWeightBp: number;
  readonly contribution: number;
}

/**
 * Contributions and total. A criterion that cannot be measured is not scored
 * zero (a rep without a territory target is not failing it): its weight is
 * shared among the measurable ones in proportion, and the line says so.
 */
export function scoreLines(criteria: readonly ScoredCriterion[]): { lines: ScorecardLine[]; total: number } {
  const measurable = criteria.map((criterion) => (criterion.score === null ? 0 : criterion.weightBp));
  const effective = apportion(10_000, measurable);
  const lines = criteria.map((criterion, index) => ({
    effectiveWeightBp: effective[index],
    contribution: criterion.score === null ? 0 : Math.round((hundredths(criterion.score) * effective[index]) / 10_000) / 100,
  }));
  return { lines, total: lines.reduce((sum, line) => sum + hundredths(line.contribution), 0) / 100 };
}
