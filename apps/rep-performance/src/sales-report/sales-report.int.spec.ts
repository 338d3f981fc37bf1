import { parsePeriod } from '@salesgraph/domain';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { data, director, servicesOf, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('sales reports', (kind) => {
  const t = withTestOrganisation(kind);

  const submit = (viewer: typeof director, input: Record<string, unknown>) =>
    t.subgraph.execute(viewer, `mutation($i: SubmitSalesReportInput!) { submitSalesReport(input: $i) { kind period dueAt onTime summary forecast } }`, {
      i: { kind: 'WEEKLY', period: '2026-W40', summary: 'Closed Acme; two new prospects', ...input },
    });

  it.each([
    ['a month for a weekly report', { period: '2026-10' }],
    ['a period not yet begun', { period: '2099-W01' }],
    ['a period that is not one', { period: 'last week' }],
  ])('refuses %s', async (_case, input) => {
    expect(onlyError(await submit(t.org.viewers.ann, input)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
  });

  it('takes one report per rep and period, marking it late after its due date', async () => {
    expect(onlyError(await submit(director, {})).extensions?.['code']).toBe('FORBIDDEN');
    // Week 40 (28 Sep–4 Oct 2026) was due by the end of Monday 5 October: today it is late.
    expect((await submit(t.org.viewers.ann, { forecast: '12000.00' })).data).toEqual({
      submitSalesReport: {
        kind: 'WEEKLY',
        period: '2026-W40',
        dueAt: '2026-10-05T23:59:59.999Z',
        onTime: false,
        summary: 'Closed Acme; two new prospects',
        forecast: '12000.00',
      },
    });
    expect(onlyError(await submit(t.org.viewers.ann, {})).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.period' });
    // In time, on the day it is due.
    const onTime = await servicesOf(t.subgraph).salesReports.submit(
      t.org.viewers.bob,
      { kind: 'MONTHLY', period: parsePeriod('2026-09'), summary: 'September' },
      new Date('2026-10-03T20:00:00Z'),
    );
    expect(onTime.onTime).toBe(true);
  });

  it('lists reports by scope', async () => {
    await submit(t.org.viewers.cy, {});
    const count = async (viewer: typeof director) =>
      data<{ salesReports: { totalCount: number } }>(await t.subgraph.execute(viewer, `{ salesReports(first: 10) { totalCount } }`)).salesReports.totalCount;
    expect([await count(t.org.viewers.ann), await count(t.org.viewers.mia), await count(director)]).toEqual([1, 2, 3]);
    const late = await t.subgraph.execute(director, `{ salesReports(filter: { onTime: false, kind: WEEKLY }) { totalCount } }`);
    // Ann's and Cy's week 40, both late; Bob's monthly was on time
    expect(late.data).toEqual({ salesReports: { totalCount: 2 } });
  });

  it('takes a market-information report per month, due by the end of the fifth day after it', async () => {
    expect(onlyError(await submit(t.org.viewers.ann, { kind: 'MARKET', period: '2026-W40' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.period',
    });
    const market = await servicesOf(t.subgraph).salesReports.submit(
      t.org.viewers.bob,
      { kind: 'MARKET', period: parsePeriod('2026-09'), summary: 'Rival cut list prices 5 % in North' },
      new Date('2026-10-05T20:00:00Z'),
    );
    expect([market.dueAt.toISOString(), market.onTime]).toEqual(['2026-10-05T23:59:59.999Z', true]);
    // its own kind: the monthly report of the same month does not stand in for it, nor it for a second one
    expect(onlyError(await submit(t.org.viewers.bob, { kind: 'MARKET', period: '2026-09' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.period',
    });
    expect((await submit(t.org.viewers.ann, { kind: 'MARKET', period: '2026-10' })).data).toEqual({
      submitSalesReport: {
        kind: 'MARKET',
        period: '2026-10',
        dueAt: '2026-11-05T23:59:59.999Z',
        onTime: false,
        summary: 'Closed Acme; two new prospects',
        forecast: null,
      },
    });
    const listed = await t.subgraph.execute(director, `{ salesReports(filter: { kind: MARKET }) { edges { node { period onTime rep { name } } } } }`);
    expect(listed.data).toEqual({
      salesReports: {
        edges: [{ node: { period: '2026-10', onTime: false, rep: { name: 'Ann' } } }, { node: { period: '2026-09', onTime: true, rep: { name: 'Bob' } } }],
      },
    });
  });

  it('reads a page of reports with their reps in a fixed number of statements', async () => {
    const query = `query($n: Int) { salesReports(first: $n) { edges { node { period onTime rep { name team { name } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 1 }));
    const all = await counter.countDuring(() => t.subgraph.execute(director, query, { n: 100 }));
    // count, page, reps, their teams
    expect([one, all]).toEqual([4, 4]);
  });
});
