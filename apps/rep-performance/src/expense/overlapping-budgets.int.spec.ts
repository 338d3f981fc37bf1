import { parsePeriod } from '@salesgraph/domain';
/**
 * docs/domain.md#expenses: a quarter's budget and a month's budget inside it, for the
 * same rep and category, are one envelope and a limit within it, not two sums
 * of money (libs/domain budgetWithin). Budget usage and the BUDGET_USAGE KPI
 * both count only the outermost budgets inside the period asked.
 */
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { data, servicesOf, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('expense budgets that nest', (kind) => {
  const t = withTestOrganisation(kind);

  it('counts a November budget as part of the Q4 budget it falls in, in budget usage and in the KPI', async () => {
    const { expense } = servicesOf(t.subgraph);
    const mia = t.org.viewers.mia;
    const ann = t.org.reps.ann.id;
    await expense.setBudget(mia, { repId: ann, category: 'TRAVEL', period: parsePeriod('2026-Q4'), amount: 600_000 });
    await expense.setBudget(mia, { repId: ann, category: 'TRAVEL', period: parsePeriod('2026-11'), amount: 200_000 });
    await expense.setBudget(mia, { repId: ann, category: 'MEALS', period: parsePeriod('2026-11'), amount: 30_000 });
    await expense.setBudget(mia, { repId: ann, category: 'TRAVEL', period: parsePeriod('2026-03'), amount: 50_000 });
    const usage = async (period: string) =>
      data<{ salesRep: { expenseUsage: Array<{ category: string; budget: string }> } }>(
        await t.subgraph.execute(mia, `query($r: ID!, $p: Period!) { salesRep(id: $r) { expenseUsage(period: $p) { category budget } } }`, {
          r: ann,
          p: period,
        }),
      ).salesRep.expenseUsage;
    // Q4: the 6,000.00 envelope, November's 2,000.00 inside it (before: 8,000.00); meals 300.00 stand alone.
    expect(await usage('2026-Q4')).toEqual([
      { category: 'MEALS', budget: '300.00' },
      { category: 'TRAVEL', budget: '6000.00' },
    ]);
    // November alone: its own 2,000.00; the quarter is not inside November.
    expect(await usage('2026-11')).toContainEqual({ category: 'TRAVEL', budget: '2000.00' });
    // The year: March's 500.00 and the Q4 envelope's 6,000.00.
    expect(await usage('2026')).toContainEqual({ category: 'TRAVEL', budget: '6500.00' });

    const kpiBudget = async (period: string) =>
      data<{ salesRep: { kpis: { kpi: { facts: Array<{ name: string; value: number }> } } } }>(
        await t.subgraph.execute(
          mia,
          `query($r: ID!, $p: Period!) { salesRep(id: $r) { kpis(period: $p) { kpi(key: BUDGET_USAGE) { facts { name value } } } } }`,
          { r: ann, p: period },
        ),
      ).salesRep.kpis.kpi.facts.find((fact) => fact.name === 'budget')?.value;
    // Every category: 6,000.00 + 300.00 for Q4, 2,000.00 + 300.00 for November, 500.00 + 6,000.00 + 300.00 for the year.
    expect([await kpiBudget('2026-Q4'), await kpiBudget('2026-11'), await kpiBudget('2026')]).toEqual([6_300, 2_300, 6_800]);
  });
});
