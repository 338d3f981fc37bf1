import { computeStatement, PlanTerms, planInForce, planTermsProblem } from './commission';

const plan: PlanTerms = {
  basis: 'REVENUE',
  // 2 % up to 50,000.00, 3 % up to 100,000.00, 4 % above
  tiers: [
    { upToMinor: 5_000_000, rateBp: 200 },
    { upToMinor: 10_000_000, rateBp: 300 },
    { upToMinor: null, rateBp: 400 },
  ],
  acceleratorRateBp: 100,
  bonuses: [{ name: 'Target reached', minAttainmentBp: 10_000, amountMinor: 50_000 }],
  overdueReceivablePenaltyBp: 100,
  lateReportPenaltyMinor: 2_000,
};

describe('commission statement', () => {
  it('computes every line of a statement above target', () => {
    // revenue 120,000.00 on a target of 100,000.00; 10,000.00 overdue; 2 late reports
    const { lines, totalMinor } = computeStatement(plan, {
      basisMinor: 12_000_000,
      targetMinor: 10_000_000,
      overdueReceivablesMinor: 1_000_000,
      lateReports: 2,
    });
    expect(lines.map((line) => [line.kind, line.base, line.amountMinor])).toEqual([
      ['COMMISSION', 5_000_000, 100_000], // 2 % of 50,000.00 = 1,000.00
      ['COMMISSION', 5_000_000, 150_000], // 3 % of 50,000.00 = 1,500.00
      ['COMMISSION', 2_000_000, 80_000], // 4 % of 20,000.00 = 800.00
      ['ACCELERATOR', 2_000_000, 20_000], // 1 % extra on the 20,000.00 above target = 200.00
      ['BONUS', 12_000, 50_000], // 120 % ≥ 100 %: 500.00
      ['PENALTY', 1_000_000, -10_000], // 1 % of 10,000.00 overdue = −100.00
      ['PENALTY', 2, -4_000], // 2 × 20.00 = −40.00
    ]);
    // 1,000 + 1,500 + 800 + 200 + 500 − 100 − 40 = 3,860.00
    expect(totalMinor).toBe(386_000);
    expect(lines[0].description).toBe('2 % on revenue 0.00–50000.00');
  });

  it('pays no accelerator or bonus below target, or without one', () => {
    const below = computeStatement(plan, { basisMinor: 4_000_000, targetMinor: 10_000_000, overdueReceivablesMinor: 0, lateReports: 0 });
    expect(below.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ['COMMISSION', 80_000],
      ['COMMISSION', 0],
      ['COMMISSION', 0],
    ]);
    expect(computeStatement(plan, { basisMinor: 4_000_000, targetMinor: null, overdueReceivablesMinor: 0, lateReports: 0 }).totalMinor).toBe(80_000);
  });

  it('never goes below zero, and says so', () => {
    const { lines, totalMinor } = computeStatement(plan, { basisMinor: 0, targetMinor: 10_000_000, overdueReceivablesMinor: 0, lateReports: 3 });
    expect(lines.slice(-2).map((line) => [line.kind, line.amountMinor])).toEqual([
      ['PENALTY', -6_000],
      ['FLOOR', 6_000],
    ]);
    expect(totalMinor).toBe(0);
  });

  it('refuses malformed tiers', () => {
    expect(planTermsProblem(plan)).toBeNull();
    expect(planTermsProblem({ ...plan, tiers: [] })?.field).toBe('tiers');
    expect(planTermsProblem({ ...plan, tiers: [{ upToMinor: 100, rateBp: 100 }] })?.field).toBe('tiers.0.upTo');
    expect(
      planTermsProblem({
        ...plan,
        tiers: [
          { upToMinor: 500, rateBp: 100 },
          { upToMinor: 400, rateBp: 100 },
          { upToMinor: null, rateBp: 1 },
        ],
      })?.field,
    ).toBe('tiers.1.upTo');
    expect(planTermsProblem({ ...plan, tiers: [{ upToMinor: null, rateBp: 20_000 }] })?.field).toBe('tiers.0.ratePercent');
  });
});

describe('planInForce', () => {
  const plans = [
    { id: 'company', teamId: null },
    { id: 'alpha', teamId: 'alpha' },
  ];
  const versions = [
    { planId: 'company', number: 1, effectiveFrom: '2026-01-01' },
    { planId: 'company', number: 2, effectiveFrom: '2026-10-01' },
    { planId: 'alpha', number: 1, effectiveFrom: '2026-11-01' },
  ];
  const chosen = (teamId: string | null, firstDay: string) => {
    const found = planInForce(plans, versions, teamId, firstDay);
    return found && `${found.plan.id} v${found.version.number}`;
  };

  it('takes the team’s plan once it is in force, and the company plan before', () => {
    // docs/domain.md#incentives: Alpha's plan from 2026-11 left Alpha's reps with no statement for 2026-10.
    expect(chosen('alpha', '2026-10-01')).toBe('company v2');
    expect(chosen('alpha', '2026-11-01')).toBe('alpha v1');
    expect(chosen('alpha', '2026-09-01')).toBe('company v1');
    expect(chosen('beta', '2026-11-01')).toBe('company v2');
    expect(chosen(null, '2026-11-01')).toBe('company v2');
  });

  it('finds no plan before any took effect', () => {
    expect(chosen('alpha', '2025-12-01')).toBeNull();
    expect(planInForce([], [], 'alpha', '2026-11-01')).toBeNull();
  });
});
