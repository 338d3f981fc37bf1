import { maxScoreOf, normalise, scoreLines, weightsComplete } from './scorecard';

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
      { effectiveWeightBp: 0, contribution: 0, pending: false },
      { effectiveWeightBp: 6_250, contribution: 46.88, pending: false },
      { effectiveWeightBp: 3_750, contribution: 30, pending: false },
    ]);
    expect(total).toBe(76.88);
  });

  it('leaves a qualitative criterion nobody assessed pending: no total, its weight kept, not shared out', () => {
    // docs/domain.md#scorecards: revenue 115 × 60 %, a rating and the bad-habits checklist never filled. Before, the checklist counted as
    // "none observed" (100) and the rating's weight went to the others: 115 × 60/75 + 100 × 15/75 = 112. Now neither is scored.
    const unassessed = scoreLines([
      { weightBp: 6_000, score: 115, maxScore: 120 },
      { weightBp: 2_500, score: null, qualitative: true },
      { weightBp: 1_500, score: null, qualitative: true },
    ]);
    expect(unassessed).toEqual({
      lines: [
        { effectiveWeightBp: 6_000, contribution: 69, pending: false },
        { effectiveWeightBp: 2_500, contribution: 0, pending: true },
        { effectiveWeightBp: 1_500, contribution: 0, pending: true },
      ],
      total: null,
      scoredSoFar: 69,
      // 120 × 60 % + 100 × 25 % + 100 × 15 % = 112
      maxTotal: 112,
    });
    // Once assessed (a 4/5 rating, one habit at 25 points): 69 + 80 × 25 % + 75 × 15 % = 69 + 20 + 11.25 = 100.25
    expect(
      scoreLines([
        { weightBp: 6_000, score: 115, maxScore: 120 },
        { weightBp: 2_500, score: 80, qualitative: true },
        { weightBp: 1_500, score: 75, qualitative: true },
      ]).total,
    ).toBe(100.25);
  });

  it('never totals above the scale it states', () => {
    const caps = [100, 120, 200];
    for (const cap of caps) {
      for (const scores of [
        [cap, 100, 100],
        [cap, null, 100],
        [null, 100, 100],
        [cap, 0, 100],
      ]) {
        const { total, maxTotal } = scoreLines([
          { weightBp: 3_333, score: scores[0], maxScore: cap },
          { weightBp: 3_333, score: scores[1] },
          { weightBp: 3_334, score: scores[2] },
        ]);
        expect(total).not.toBeNull();
        expect(total as number).toBeLessThanOrEqual(maxTotal);
        expect(maxTotal).toBeLessThanOrEqual(cap);
      }
    }
    // Every criterion on 0–100: the scale is 100 and a perfect card reaches it exactly.
    expect(
      scoreLines([
        { weightBp: 3_333, score: 100 },
        { weightBp: 3_333, score: 100 },
        { weightBp: 3_334, score: 100 },
      ]),
    ).toMatchObject({ total: 100, maxTotal: 100 });
    expect(maxScoreOf({ kind: 'ATTAINMENT', capPercent: 150 })).toBe(150);
    expect(maxScoreOf({ kind: 'BAD_HABITS', pointsPerHabit: 20 })).toBe(100);
  });
});
