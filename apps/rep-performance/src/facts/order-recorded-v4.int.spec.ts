/**
 * docs/domain.md#kpis: the DISCOUNTS_BEYOND_AUTHORITY KPI shows the whole discount
 * given on approved orders and, apart, the part of it beyond the rep's
 * authority, which only OrderRecorded v4 says. A consumer stops at a version it
 * cannot read (README), so the facts projection must read v4.
 */
import { CURRENT_VERSION, EventEnvelope, EventType } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';
import { repPerformanceSubgraph } from '../subgraph';
import { factsProjection } from './facts.projection';

describeOnEachDatabase('facts: OrderRecorded v4 and the discount beyond authority', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (version: number, payload: unknown) =>
    ({ id: `e${++sequence}`, sequence, type: 'OrderRecorded', version, occurredAt: '2026-06-01T00:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;
  const approved = (orderId: string, day: string) => ({
    orderId,
    customerId: 'c1',
    repId: t.org.reps.ann.id,
    orderedAt: `${day}T10:00:00.000Z`,
    grossProfitMinor: null,
    channel: null,
    paymentTermsDays: 30,
    termsBeyondStandard: false,
    maxDiscountBp: 2_000,
    discountApprovedBy: 'mia',
    recordedAt: `${day}T10:00:00.000Z`,
  });

  it('reads the version producers write today of every event type it handles', () => {
    const missing = (Object.keys(factsProjection) as EventType[]).filter((type) => !(CURRENT_VERSION[type] in (factsProjection[type] ?? {})));
    expect(missing).toEqual([]);
  });

  it('folds v4 with the amount beyond authority, and counts older versions without it', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    expect(
      await consumer.apply([
        // v4: 20 × 500.00 at 20 % with 15 % authority: 2,000.00 of discount, 500.00 of it beyond authority
        envelope(4, {
          ...approved('o1', '2026-06-02'),
          totalMinor: 800_000,
          units: 20,
          listTotalMinor: 1_000_000,
          discountAuthorityBp: 1_500,
          discountBeyondAuthorityMinor: 50_000,
        }),
        // v3, as before the change: 1,000.00 listed, 800.00 charged; which part was beyond authority it does not say
        envelope(3, { ...approved('o2', '2026-06-03'), totalMinor: 80_000, units: 2, listTotalMinor: 100_000 }),
      ]),
    ).toBe(2);
    const kpi = data<{ salesRep: { kpis: { kpi: { value: number; facts: Array<{ name: string; value: number }> } } } }>(
      await t.subgraph.execute(
        director,
        `query($r: ID!) { salesRep(id: $r) { kpis(period: "2026-06") { kpi(key: DISCOUNTS_BEYOND_AUTHORITY) { value facts { name value } } } } }`,
        {
          r: t.org.reps.ann.id,
        },
      ),
    ).salesRep.kpis.kpi;
    expect(kpi).toEqual({
      value: 2,
      facts: [
        // 2,000.00 + 200.00
        { name: 'whole discount given on them (list − charged)', value: 2_200 },
        // only the v4 order says it: 500.00
        { name: 'discount beyond authority (units × list price × (discount − authority), per line)', value: 500 },
      ],
    });
  });
});
