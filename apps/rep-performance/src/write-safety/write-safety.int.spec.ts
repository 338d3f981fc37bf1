import { randomUUID } from 'node:crypto';
import { dayKey } from '@salesgraph/domain';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';

/**
 * rep-performance's writes under parallel callers and retries: every caller
 * gets an answer it can act on (saved, refused with a reason, or told to
 * reload), never an internal error, and nothing is saved twice.
 */
const today = dayKey(new Date());
const PARALLEL = 20;
const codes = (results: GraphQLResult[]) => results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');
const count = (values: unknown[], value: unknown) => values.filter((item) => item === value).length;

describeOnEachDatabase('rep-performance writes in parallel', (kind) => {
  const t = withTestOrganisation(kind);
  const SUBMIT = `mutation($i: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $i) { id amount } }`;
  const claim = (input: Record<string, unknown> = {}) =>
    t.subgraph.execute(t.org.viewers.ann, SUBMIT, {
      i: {
        category: 'TRAVEL',
        amount: '10.00',
        incurredOn: today,
        description: 'Bus',
        receipts: [{ number: 'B-1', issuer: 'Bus', amount: '10.00', issuedOn: today }],
        ...input,
      },
    });
  const claimsSubmitted = async () => (await readFeed(t.subgraph.dataSource, 0, 10_000)).filter((event) => event.type === 'ExpenseClaimSubmitted').length;

  it('takes 20 claims of one rep at once', async () => {
    const before = await claimsSubmitted();
    expect(codes(await Promise.all(Array.from({ length: PARALLEL }, () => claim())))).toEqual(Array(PARALLEL).fill('OK'));
    expect(await claimsSubmitted()).toBe(before + PARALLEL);
  });

  it('saves a retried claim once when it carries an idempotency key', async () => {
    const before = await claimsSubmitted();
    const idempotencyKey = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => claim({ idempotencyKey })));
    expect(new Set(results.map((result) => data<{ submitExpenseClaim: { id: string } }>(result).submitExpenseClaim.id)).size).toBe(1);
    expect(await claimsSubmitted()).toBe(before + 1);
    const changed = await claim({ idempotencyKey, amount: '11.00', receipts: [{ number: 'B-1', issuer: 'Bus', amount: '11.00', issuedOn: today }] });
    expect(changed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });

  it('registers one rep for ten identical keyed calls', async () => {
    const idempotencyKey = randomUUID();
    const register = () =>
      t.subgraph.execute(director, `mutation($i: RegisterSalesRepInput!) { registerSalesRep(input: $i) { id } }`, {
        i: { name: 'Dee', email: 'dee@example.com', type: 'BOTH', teamId: t.org.alpha.id, hireDate: '2026-02-01', idempotencyKey },
      });
    const results = await Promise.all(Array.from({ length: 10 }, register));
    expect(new Set(results.map((result) => data<{ registerSalesRep: { id: string } }>(result).registerSalesRep.id)).size).toBe(1);
  });

  it('keeps one weekly report per period when the same one is sent ten times at once', async () => {
    const week = `${new Date().getUTCFullYear() - 1}-W10`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.subgraph.execute(t.org.viewers.bob, `mutation($i: SubmitSalesReportInput!) { submitSalesReport(input: $i) { id } }`, {
          i: { kind: 'WEEKLY', period: week, summary: 'Busy week' },
        }),
      ),
    );
    const outcomes = codes(results);
    expect(count(outcomes, 'OK')).toBe(1);
    // The first sees it already in; one racing the first is told another request saved it: both say what happened.
    expect(count(outcomes, 'BAD_USER_INPUT') + count(outcomes, 'CONFLICT')).toBe(9);
  });

  it('lets one of ten parallel first targets for an owner win and tells the others it exists', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        t.subgraph.execute(director, `mutation($i: SetTargetInput!) { setTarget(input: $i) { id value } }`, {
          i: { metric: 'VISITS', period: '2026-W20', ownerKind: 'REP', ownerId: t.org.reps.cy.id, value: 10 + index },
        }),
      ),
    );
    expect(count(codes(results), 'OK')).toBe(1);
    expect(count(codes(results), 'CONFLICT')).toBe(9);
  });
});
