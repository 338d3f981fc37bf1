import { dayKey } from '@salesgraph/domain';
import { readFeed } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { analyst, data, director, withTestOrganisation } from '../test-organisation';

// Claims are made today, so they are on time whenever the suite runs.
const today = dayKey(new Date());
const month = today.slice(0, 7);

describeOnEachDatabase('expenses', (kind) => {
  const t = withTestOrganisation(kind);
  const claims: Array<{ id: string; version: number }> = [];

  const SUBMIT = `mutation($i: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $i) { id version status amount onTime receipts { number amount } } }`;
  const claim = (viewer: typeof director, input: Record<string, unknown> = {}) =>
    t.subgraph.execute(viewer, SUBMIT, {
      i: {
        category: 'TRAVEL',
        amount: '180.00',
        incurredOn: today,
        description: 'Train to Acme',
        receipts: [{ number: 'T-1', issuer: 'Rail', amount: '180.00', issuedOn: today }],
        ...input,
      },
    });
  const decide = (viewer: typeof director, mutation: string, input: Record<string, unknown>) =>
    t.subgraph.execute(viewer, `mutation($i: DecideExpenseClaimInput!) { ${mutation}(input: $i) { status decidedBy decisionNote version } }`, { i: input });

  it.each([
    ['receipts that do not add up', { receipts: [{ number: 'T-1', issuer: 'Rail', amount: '100.00', issuedOn: today }] }, 'input.receipts'],
    ['no receipt', { receipts: [] }, 'input.receipts'],
    ['a future expense', { incurredOn: '2099-01-01' }, 'input.incurredOn'],
    ['a malformed day', { incurredOn: '20/11/2026' }, 'input.incurredOn'],
    ['a receipt without a number', { receipts: [{ number: ' ', issuer: 'Rail', amount: '180.00', issuedOn: today }] }, 'input.receipts.0.number'],
    ['a zero amount', { amount: '0.00' }, 'input.amount'],
    [
      'a receipt dated next year',
      { receipts: [{ number: 'T-1', issuer: 'Rail', amount: '180.00', issuedOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` }] },
      'input.receipts.0.issuedOn',
    ],
    ['a receipt dated before 2000', { receipts: [{ number: 'T-1', issuer: 'Rail', amount: '180.00', issuedOn: '1999-12-31' }] }, 'input.receipts.0.issuedOn'],
    ['an expense before 2000', { incurredOn: '1999-12-31' }, 'input.incurredOn'],
  ])('refuses a claim with %s, writing nothing', async (_case, input, field) => {
    const before = (await readFeed(t.subgraph.dataSource, 0, 1000)).length;
    expect(onlyError(await claim(t.org.viewers.ann, input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(t.subgraph.dataSource, 0, 1000)).length).toBe(before);
  });

  it('takes claims from reps for themselves, with their receipts', async () => {
    expect(onlyError(await claim(director)).extensions?.['code']).toBe('FORBIDDEN');
    for (const viewer of [t.org.viewers.ann, t.org.viewers.ann, t.org.viewers.mia, t.org.viewers.cy]) {
      const submitted = data<{ submitExpenseClaim: { id: string; version: number; status: string; onTime: boolean; receipts: unknown[] } }>(
        await claim(viewer),
      ).submitExpenseClaim;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', onTime: true, receipts: [{ number: 'T-1', amount: '180.00' }] });
      claims.push(submitted);
    }
  });

  it('leaves decisions to the rep’s manager, never the claimant, and asks a reason to reject', async () => {
    const [annFirst, annSecond, miaOwn, cyClaim] = claims;
    expect(onlyError(await decide(t.org.viewers.ann, 'approveExpenseClaim', { claimId: annFirst.id, version: 1 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await decide(t.org.viewers.mia, 'approveExpenseClaim', { claimId: miaOwn.id, version: 1 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await decide(t.org.viewers.mia, 'approveExpenseClaim', { claimId: cyClaim.id, version: 1 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await decide(analyst, 'approveExpenseClaim', { claimId: annFirst.id, version: 1 })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await decide(t.org.viewers.mia, 'rejectExpenseClaim', { claimId: annSecond.id, version: 1 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
    expect(await decide(t.org.viewers.mia, 'approveExpenseClaim', { claimId: annFirst.id, version: 1 })).toEqual({
      data: { approveExpenseClaim: { status: 'APPROVED', decidedBy: t.org.viewers.mia.subject, decisionNote: null, version: 2 } },
    });
    expect(onlyError(await decide(t.org.viewers.mia, 'rejectExpenseClaim', { claimId: annFirst.id, version: 2, note: 'changed my mind' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.claimId',
    });
    expect(
      onlyError(await decide(t.org.viewers.mia, 'rejectExpenseClaim', { claimId: annSecond.id, version: 7, note: 'duplicate' })).extensions?.['code'],
    ).toBe('CONFLICT');
    expect((await decide(director, 'rejectExpenseClaim', { claimId: annSecond.id, version: 1, note: 'duplicate of T-1' })).data).toEqual({
      rejectExpenseClaim: { status: 'REJECTED', decidedBy: 'dora', decisionNote: 'duplicate of T-1', version: 2 },
    });
  });

  it('lists claims by scope, newest first, page by page', async () => {
    const page = async (viewer: typeof director, after?: string) =>
      data<{
        expenseClaims: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; rep: { name: string } } }>;
        };
      }>(
        await t.subgraph.execute(
          viewer,
          `query($a: String) { expenseClaims(first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id rep { name } } } } }`,
          { a: after },
        ),
      ).expenseClaims;
    expect((await page(t.org.viewers.ann)).totalCount).toBe(2);
    const queue = await t.subgraph.execute(t.org.viewers.mia, `{ expenseClaims(filter: { status: SUBMITTED }) { totalCount } }`);
    // Mia's team: Ann's approved and rejected claims are decided; Mia's own waits for someone above her
    expect(queue.data).toEqual({ expenseClaims: { totalCount: 1 } });
    expect((await page(t.org.viewers.mia)).totalCount).toBe(3);
    const first = await page(director);
    const second = await page(director, first.pageInfo.endCursor);
    expect(first.totalCount).toBe(4);
    expect(new Set([...first.edges, ...second.edges].map((edge) => edge.node.id)).size).toBe(4);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('reads a page of claims with their reps in a fixed number of statements', async () => {
    const query = `query($n: Int) { expenseClaims(first: $n) { edges { node { amount receipts { number } rep { name team { name } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 1 }));
    const all = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 100 }));
    // count, page, reps, their teams
    expect([one, all]).toEqual([4, 4]);
  });

  it('sets budgets for the manager’s team and measures usage per category', async () => {
    const budget = (viewer: typeof director, input: Record<string, unknown>) =>
      t.subgraph.execute(viewer, `mutation($i: SetExpenseBudgetInput!) { setExpenseBudget(input: $i) { category period amount } }`, {
        i: { repId: t.org.reps.ann.id, category: 'TRAVEL', period: month, amount: '300.00', ...input },
      });
    expect(onlyError(await budget(t.org.viewers.max, {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await budget(t.org.viewers.mia, { period: '2026-W47' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
    expect((await budget(t.org.viewers.mia, {})).data).toEqual({ setExpenseBudget: { category: 'TRAVEL', period: month, amount: '300.00' } });
    expect((await budget(t.org.viewers.mia, { category: 'MEALS', amount: '50.00' })).errors).toBeUndefined();
    const usage = await t.subgraph.execute(
      t.org.viewers.ann,
      `query($r: ID!, $p: Period!) { salesRep(id: $r) { expenseUsage(period: $p) { category budget spent usage reduction } } }`,
      { r: t.org.reps.ann.id, p: month },
    );
    // 180.00 approved of 300.00 travel; nothing of 50.00 meals (the rejected claim does not count)
    expect(usage.data).toEqual({
      salesRep: {
        expenseUsage: [
          { category: 'MEALS', budget: '50.00', spent: '0.00', usage: 0, reduction: 1 },
          { category: 'TRAVEL', budget: '300.00', spent: '180.00', usage: 0.6, reduction: 0.4 },
        ],
      },
    });
    const hidden = await t.subgraph.execute(t.org.viewers.cy, `query($r: ID!, $p: Period!) { salesRep(id: $r) { expenseUsage(period: $p) { category } } }`, {
      r: t.org.reps.ann.id,
      p: month,
    });
    expect(hidden.data).toEqual({ salesRep: { expenseUsage: null } });
  });
});
