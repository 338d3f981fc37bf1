/**
 * Claims over budget are flagged to the approver: each claim says whether
 * approving it, on top of the rep's other approved claims, takes a budget of
 * its category over (a month's budget and the quarter's envelope around it are
 * each a limit, libs/domain budgetWithin), or whether there is no budget; the
 * approval queue filters on it.
 */
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';

interface Check {
  status: string;
  period: string | null;
  budget: string | null;
  approvedBefore: string | null;
  over: string | null;
}

describeOnEachDatabase('claims against the budget', (kind) => {
  const t = withTestOrganisation(kind);
  const ids: Record<string, { id: string; version: number }> = {};

  const submit = async (name: string, category: string, amount: string, incurredOn: string) => {
    const result = await t.subgraph.execute(t.org.viewers.ann, `mutation($i: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $i) { id version } }`, {
      i: { category, amount, incurredOn, description: name, receipts: [{ number: name, issuer: 'Rail', amount, issuedOn: incurredOn }] },
    });
    ids[name] = data<{ submitExpenseClaim: { id: string; version: number } }>(result).submitExpenseClaim;
  };
  const approve = async (name: string) => {
    const result = await t.subgraph.execute(
      t.org.viewers.mia,
      `mutation($i: DecideExpenseClaimInput!) { approveExpenseClaim(input: $i) { version budgetCheck { status } } }`,
      {
        i: { claimId: ids[name].id, version: ids[name].version },
      },
    );
    ids[name].version = data<{ approveExpenseClaim: { version: number } }>(result).approveExpenseClaim.version;
  };
  const queue = async (filter: Record<string, unknown>, viewer = t.org.viewers.mia) =>
    Object.fromEntries(
      data<{ expenseClaims: { edges: Array<{ node: { description: string; budgetCheck: Check } }> } }>(
        await t.subgraph.execute(
          viewer,
          `query($f: ExpenseClaimFilter) { expenseClaims(first: 50, filter: $f) { edges { node { description budgetCheck { status period budget approvedBefore over } } } } }`,
          { f: filter },
        ),
      ).expenseClaims.edges.map((edge) => [edge.node.description, edge.node.budgetCheck]),
    );

  beforeAll(async () => {
    const budget = (period: string, amount: string) =>
      t.subgraph.execute(director, `mutation($i: SetExpenseBudgetInput!) { setExpenseBudget(input: $i) { period } }`, {
        i: { repId: t.org.reps.ann.id, category: 'TRAVEL', period, amount },
      });
    // Ann's travel: 600.00 for 2025-Q4, of which November may take 200.00 (a limit within the envelope, not money on top)
    for (const [period, amount] of [
      ['2025-Q4', '600.00'],
      ['2025-11', '200.00'],
    ])
      expect((await budget(period, amount)).errors).toBeUndefined();
    await submit('early November', 'TRAVEL', '150.00', '2025-11-03');
    await approve('early November');
    await submit('mid November', 'TRAVEL', '80.00', '2025-11-10');
    await submit('October', 'TRAVEL', '300.00', '2025-10-05');
    await submit('dinner', 'MEALS', '20.00', '2025-11-10');
    await submit('December', 'TRAVEL', '500.00', '2025-12-01');
  });

  it('tells the approver how far approving a claim takes a budget over, the month inside the quarter counting as a limit', async () => {
    expect(await queue({ status: 'SUBMITTED' })).toEqual({
      // November: 150.00 approved + 80.00 of a 200.00 budget; the quarter (230.00 of 600.00) has room
      'mid November': { status: 'OVER', period: '2025-11', budget: '200.00', approvedBefore: '150.00', over: '30.00' },
      // October has no month budget: the quarter's 600.00 is the limit, 150.00 + 300.00 fits
      October: { status: 'WITHIN', period: '2025-Q4', budget: '600.00', approvedBefore: '150.00', over: '0.00' },
      dinner: { status: 'NO_BUDGET', period: null, budget: null, approvedBefore: null, over: null },
      // December: 150.00 + 500.00 of the quarter's 600.00
      December: { status: 'OVER', period: '2025-Q4', budget: '600.00', approvedBefore: '150.00', over: '50.00' },
    });
  });

  it('filters the approval queue on it, the count and pages agreeing', async () => {
    expect(Object.keys(await queue({ status: 'SUBMITTED', budget: 'OVER' })).sort()).toEqual(['December', 'mid November']);
    expect(Object.keys(await queue({ status: 'SUBMITTED', budget: 'WITHIN' }))).toEqual(['October']);
    expect(Object.keys(await queue({ status: 'SUBMITTED', budget: 'NO_BUDGET' }))).toEqual(['dinner']);
    expect(Object.keys(await queue({ budget: 'WITHIN' })).sort()).toEqual(['October', 'early November']);
    const counted = data<{ expenseClaims: { totalCount: number } }>(
      await t.subgraph.execute(t.org.viewers.mia, `{ expenseClaims(first: 1, filter: { status: SUBMITTED, budget: OVER }) { totalCount } }`),
    );
    expect(counted.expenseClaims.totalCount).toBe(2);
    // a rep sees only their own claims, with the same checks
    expect(Object.keys(await queue({ budget: 'OVER' }, t.org.viewers.bob))).toEqual([]);
    expect(onlyError(await t.subgraph.execute(t.org.viewers.mia, `{ expenseClaims(filter: { budget: UNKNOWN }) { totalCount } }`)).extensions?.['code']).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('counts what was approved since: an approval moves the others, never the approved claim against itself', async () => {
    await approve('October');
    const after = await queue({});
    // the quarter now holds 150.00 + 300.00 approved: December goes 350.00 over; November's own limit still binds mid November
    expect(after['December']).toEqual({ status: 'OVER', period: '2025-Q4', budget: '600.00', approvedBefore: '450.00', over: '350.00' });
    expect(after['mid November']).toEqual({ status: 'OVER', period: '2025-11', budget: '200.00', approvedBefore: '150.00', over: '30.00' });
    expect(after['October']).toEqual({ status: 'WITHIN', period: '2025-Q4', budget: '600.00', approvedBefore: '150.00', over: '0.00' });
    expect(Object.keys(await queue({ status: 'SUBMITTED', budget: 'OVER' })).sort()).toEqual(['December', 'mid November']);
  });
});
