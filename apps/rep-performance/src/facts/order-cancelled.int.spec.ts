/**
 * Records that can be corrected (docs/domain.md#corrections): a cancelled order no longer counts,
 * but a correction never rewrites a closed period. What the order added is
 * taken back on the day of the cancellation, in the period open then: a
 * commission statement frozen before the cancellation stays as it was, and the
 * live figures of the current period show the adjustment.
 */
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';
import { annsFigures } from './anns-figures';
import { repPerformanceSubgraph } from '../subgraph';

describeOnEachDatabase('facts: OrderCancelled, an adjustment on the day of the cancellation', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (type: 'OrderRecorded' | 'OrderCancelled', payload: unknown, version: number) =>
    ({ id: `e${++sequence}`, sequence, type, version, occurredAt: '2026-06-01T00:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;
  const order = (orderId: string, day: string): EventPayload<'OrderRecorded', 4> => ({
    orderId,
    customerId: 'c1',
    repId: t.org.reps.ann.id,
    orderedAt: `${day}T10:00:00.000Z`,
    // 10 × 100.00 at 20 %, approved beyond a 15 % authority: 200.00 of discount, 50.00 of it beyond authority
    totalMinor: 80_000,
    grossProfitMinor: 30_000,
    channel: null,
    paymentTermsDays: 30,
    termsBeyondStandard: false,
    maxDiscountBp: 2_000,
    discountApprovedBy: 'mia',
    units: 10,
    listTotalMinor: 100_000,
    recordedAt: `${day}T10:00:00.000Z`,
    discountAuthorityBp: 1_500,
    discountBeyondAuthorityMinor: 5_000,
  });
  const cancellation = (placed: EventPayload<'OrderRecorded', 4>, at: string, counted = true): EventPayload<'OrderCancelled', 1> => ({
    orderId: placed.orderId,
    customerId: placed.customerId,
    repId: placed.repId,
    orderedAt: placed.orderedAt,
    cancelledAt: at,
    cancelledBy: 'mia',
    reason: 'Customer withdrew',
    fromStatus: counted ? 'CONFIRMED' : 'PENDING_APPROVAL',
    counted: counted
      ? {
          totalMinor: 80_000,
          grossProfitMinor: 30_000,
          units: 10,
          listTotalMinor: 100_000,
          termsBeyondStandard: false,
          discountBeyond: true,
          discountBeyondAuthorityMinor: 5_000,
        }
      : null,
  });

  const { kpis, statement } = annsFigures(t);

  it('leaves a statement frozen before the cancellation as it was and shows the adjustment in the period of the cancellation', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const june = order('o-june', '2026-06-10');
    expect(await consumer.apply([envelope('OrderRecorded', june, 4)])).toBe(1);
    data(
      await t.subgraph.execute(director, `mutation($i: CreateIncentivePlanInput!) { createIncentivePlan(input: $i) { id } }`, {
        i: { name: 'Company plan', effectiveFrom: '2026-01', terms: { basis: 'REVENUE', tiers: [{ ratePercent: 10 }] } },
      }),
    );
    data(await t.subgraph.execute(director, `mutation { closeIncentivePeriod(input: { period: "2026-06" }) { closed } }`));
    const frozen = await statement('2026-06');
    expect(frozen).toEqual({ total: '80.00', closed: true, facts: { basis: '800.00' } });

    // Cancelled on 5 July, after June was closed.
    expect(await consumer.apply([envelope('OrderCancelled', cancellation(june, '2026-07-05T08:00:00.000Z'), 1)])).toBe(1);

    // June, closed, keeps its statement and its figures: the cancellation is not booked on the order's day.
    expect(await statement('2026-06')).toEqual(frozen);
    const juneKpis = await kpis('2026-06');
    expect(juneKpis['REVENUE'].value).toBe(800);
    // July, open, shows the adjustment: revenue, gross profit, units, orders and the discount beyond authority taken back.
    const july = await kpis('2026-07');
    expect(july['REVENUE']).toMatchObject({ value: -800, facts: [{ name: 'orders', value: -1 }] });
    expect(july['GROSS_PROFIT'].value).toBe(-300);
    expect(july['UNITS'].value).toBe(-10);
    expect(july['DISCOUNTS_BEYOND_AUTHORITY']).toMatchObject({
      value: -1,
      facts: [
        { name: 'whole discount given on them (list − charged)', value: -200 },
        { name: 'discount beyond authority (units × list price × (discount − authority), per line)', value: -50 },
      ],
    });
    expect((await statement('2026-07')).facts.basis).toBe('-800.00');
    // Over the year the order and its cancellation cancel out.
    const year = await kpis('2026');
    expect(year['REVENUE'].value).toBe(0);
    expect(year['UNITS'].value).toBe(0);
  });

  it('changes nothing for an order cancelled while it waited for approval: it never counted', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const before = await kpis('2026-08');
    expect(await consumer.apply([envelope('OrderCancelled', cancellation(order('o-pending', '2026-08-03'), '2026-08-04T08:00:00.000Z', false), 1)])).toBe(1);
    expect(await kpis('2026-08')).toEqual(before);
  });
});
