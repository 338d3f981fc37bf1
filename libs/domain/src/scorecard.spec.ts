import { normalise, scoreLines, weightsComplete } from './scorecard';

describe('scorecard', () => {
  it('normalises raw values to 0–100', () => {
    expect(normalise({ kind: 'ATTAINMENT', capPercent: 120 }, 1.15)).toBe(115);
    expect(normalise({ kind: 'ATTAINMENT', capPercent: 120 }, 1.5)).toBe(120);
    expect(normalise({ kind: 'ATTAINMENT', capPercent: 120 }, null)).toBeNull();
    // 3 visits a day is worth 100, 1 is worth 0: 2.5 → 75
    expect(normalise({ kind: 'RANGE', worst: 1, best: 3 }, 2.5)).toBe(75);
    // lower is better: 48 h worth 0, 12 h worth 100: 24 h → 66.67
    expect(normalise({ kind: 'RANGE', worst: 48, best: 12 }, 24)).toBe(66.67);
    expect(normalise({ kind: 'RANGE', worst: 48, best: 12 }, 6)).toBe(100);
    expect(normalise({ kind: 'RATING' }, 4)).toBe(80);
    expect(normalise({ kind: 'RATING' }, 3.5)).toBe(70);
    expect(normalise({ kind: 'BAD_HABITS', pointsPerHabit: 25 }, 2)).toBe(50);
    expect(normalise({ kind: 'BAD_HABITS', pointsPerHabit: 25 }, 5)).toBe(0);
  });

  it('requires weights that sum to 100 %', () => {
    expect(weightsComplete([6_000, 2_500, 1_500])).toBe(true);
    expect(weightsComplete([6_000, 2_500, 1_000])).toBe(false);
  });

  it('totals exactly the sum of the contributions', () => {
    // 115 × 60 % = 69; 75 × 25 % = 18.75; 80 × 15 % = 12 → 99.75
    const { lines, total } = scoreLines([
      { weightBp: 6_000, score: 115 },
      { weightBp: 2_500, score: 75 },
      { weightBp: 1_500, score: 80 },
    ]);
    expect(lines.map((line) => line.contribution)).toEqual([69, 18.75, 12]);
    expect(total).toBe(99.75);
  });

  it('shares an unmeasurable criterion’s weight among the others in proportion', () => {
    // the 60 % criterion has no target: 25 and 15 become 62.5 % and 37.5 %; 75 × 62.5 % = 46.88 (46.875 rounded), 80 × 37.5 % = 30
    const { lines, total } = scoreLines([
      { weightBp: 6_000, score: null },
      { weightBp: 2_500, score: 75 },
      { weightBp: 1_500, score: 80 },
    ]);
    expect(lines).toEqual([
      { effectiveWeightBp: 0, contribution: 0 },
      { effectiveWeightBp: 6_250, contribution: 46.88 },
      { effectiveWeightBp: 3_750, contribution: 30 },
    ]);
    expect(total).toBe(76.88);
  });
});
