import { demoData } from './demo-data';
import { performanceDemoData } from './performance-demo-data';

describe('performanceDemoData', () => {
  const data = demoData();
  const performance = performanceDemoData(data, '2026-11-29');

  it('is the same for the same day', () => {
    expect(performanceDemoData(data, '2026-11-29')).toEqual(performance);
  });

  it('puts every team under exactly one branch', () => {
    const keys = performance.branches.flatMap((branch) => branch.teamKeys);
    expect(keys.sort()).toEqual(data.teams.map((team) => team.key).sort());
  });

  it('weighs the template’s criteria to exactly 100 %', () => {
    expect(performance.template.criteria.reduce((sum, criterion) => sum + Number(criterion['weightPercent']), 0)).toBe(100);
  });

  it('has a closed and an open cycle, a plan with a revision and a closed period, claims and reports, some late', () => {
    expect(performance.cycles.map((cycle) => cycle.close)).toEqual([true, false]);
    expect(performance.plan.closePeriods).toEqual(['2026-08', '2026-09']);
    expect(performance.plan.revision.effectiveFrom > performance.plan.effectiveFrom).toBe(true);
    expect(performance.companyRevenue).toBeGreaterThan(0);
    // claims from 40+ days ago are past the 30-day deadline
    expect(performance.claims.some((claim) => claim.incurredOn < '2026-10-30')).toBe(true);
    expect(performance.claims.some((claim) => claim.decision === 'REJECT')).toBe(true);
    expect(performance.claims.some((claim) => claim.decision === null)).toBe(true);
    // weeks 44–48 of 2026; week 48 is due on 30 November, the rest are late
    expect(new Set(performance.reports.filter((report) => report.kind === 'WEEKLY').map((report) => report.period))).toEqual(
      new Set(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']),
    );
    expect(performance.reports.filter((report) => report.kind === 'MONTHLY').map((report) => report.period)).toContain('2026-10');
  });
});
