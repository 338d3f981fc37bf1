import { EventEnvelope } from '@salesgraph/events';
import { queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { repPerformanceSubgraph } from '../subgraph';
import { data, director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('KPI facts and queries', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (type: EventEnvelope['type'], version: number, payload: unknown, occurredAt = '2026-05-01T00:00:00.000Z') =>
    ({ id: `e${++sequence}`, sequence, type, version, occurredAt, aggregateId: 'x', payload }) as EventEnvelope;

  const revenueOf = async (repId: string) =>
    data<{ salesRep: { kpis: { kpi: { value: number; facts: Array<{ value: number }> } } } }>(
      await t.subgraph.execute(director, `query($r: ID!) { salesRep(id: $r) { kpis(period: "2026-05") { kpi(key: REVENUE) { value facts { value } } } } }`, {
        r: repId,
      }),
    ).salesRep.kpis.kpi;

  it('counts each event once however often the feed delivers it', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const batch = [
      // v1 orders know only their total; v2 adds terms and discount; v3 units
      envelope('OrderRecorded', 1, { orderId: 'o1', customerId: 'c1', repId: t.org.reps.ann.id, orderedAt: '2026-05-04T10:00:00Z', totalMinor: 10_000 }),
      envelope('OrderRecorded', 2, {
        orderId: 'o2',
        customerId: 'c1',
        repId: t.org.reps.ann.id,
        orderedAt: '2026-05-05T10:00:00Z',
        totalMinor: 20_000,
        grossProfitMinor: 5_000,
        channel: null,
        paymentTermsDays: 30,
        termsBeyondStandard: false,
        maxDiscountBp: 0,
        discountApprovedBy: null,
      }),
    ];
    expect(await consumer.apply(batch)).toBe(2);
    // The same batch again, e.g. after a restart before the producer saw the checkpoint: nothing changes.
    expect(await consumer.apply(batch)).toBe(0);
    expect(await revenueOf(t.org.reps.ann.id)).toEqual({ value: 300, facts: [{ value: 2 }] });
    const kpis = data<{ salesRep: { kpis: { kpis: Array<{ key: string; value: number | null }> } } }>(
      await t.subgraph.execute(director, `query($r: ID!) { salesRep(id: $r) { kpis(period: "2026-05") { kpis { key value } } } }`, { r: t.org.reps.ann.id }),
    ).salesRep.kpis.kpis;
    const value = (key: string) => kpis.find((kpi) => kpi.key === key)?.value;
    // Only the v2 order says anything of terms: it is within them; v1 counts as an order but not as within terms.
    expect([value('GROSS_PROFIT'), value('FAVOURABLE_TERMS_SHARE'), value('UNITS')]).toEqual([50, 0.5, 0]);
    // nothing to divide by: not measurable rather than zero
    expect([value('COLLECTION_RATE'), value('SATISFACTION'), value('BUDGET_USAGE'), value('MARKET_SHARE')]).toEqual([null, null, null, null]);
  });

  // One round of KPI queries answers for every owner of a kind and period: 10 fact queries, targets, and the reps' sales reports.
  const KPI_ROUND = 12;

  it('reads reps with their KPIs in a fixed number of statements, however many rows', async () => {
    // reps page + count, then one KPI round for the whole page
    const query = `query($first: Int) { salesReps(first: $first) { edges { node { name kpis(period: "2026-05") { kpis { key value target facts { name } } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 1 }));
    const all = await counter.countDuring(() => t.subgraph.execute(director, query, { first: 100 }));
    expect([one, all]).toEqual([2 + KPI_ROUND, 2 + KPI_ROUND]);
  });

  it('reads teams with their members’ KPIs in a fixed number of statements, however many teams', async () => {
    // teams by reference, their KPIs, their members, the members' KPIs
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { kpis(period: "2026-05") { kpi(key: REVENUE) { value } } members { kpis(period: "2026") { kpi(key: REVENUE) { value } } } } } }`;
    const counter = queryCounter(t.subgraph.dataSource);
    const team = (id: string) => ({ __typename: 'Team', id });
    const one = await counter.countDuring(() => t.subgraph.execute(director, query, { r: [team(t.org.alpha.id)] }));
    const both = await counter.countDuring(() => t.subgraph.execute(director, query, { r: [team(t.org.alpha.id), team(t.org.beta.id)] }));
    expect([one, both]).toEqual([1 + KPI_ROUND + 1 + KPI_ROUND, 1 + KPI_ROUND + 1 + KPI_ROUND]);
  });
});
