/**
 * Issue 9, records that can be corrected: reporting's revenue follows an
 * order's cancellation as an adjustment on the day it was cancelled, never on
 * the order's day, once however often it is delivered, and not at all for an
 * order that never counted.
 */
import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumerDeps, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { reportingConsumers } from '../feeds';
import { reportingSubgraph } from '../subgraph';
import { OrderFactEntity } from './order-fact.entity';

const director: Viewer = { subject: 'd', role: 'DIRECTOR' };

const order = (orderId: string, totalMinor: number, orderedAt: string): EventPayload<'OrderRecorded', 4> => ({
  orderId,
  customerId: 'c',
  repId: 'ann',
  orderedAt,
  totalMinor,
  grossProfitMinor: null,
  channel: null,
  paymentTermsDays: 30,
  termsBeyondStandard: false,
  maxDiscountBp: 0,
  discountApprovedBy: null,
  units: 1,
  listTotalMinor: totalMinor,
  recordedAt: orderedAt,
  discountAuthorityBp: 1_500,
  discountBeyondAuthorityMinor: 0,
});

const cancelled = (orderId: string, cancelledAt: string, counted: boolean): EventPayload<'OrderCancelled', 1> => ({
  orderId,
  customerId: 'c',
  repId: 'ann',
  orderedAt: '2026-10-20T10:00:00.000Z',
  cancelledAt,
  cancelledBy: 'ann',
  reason: 'Customer withdrew',
  fromStatus: counted ? 'CONFIRMED' : 'PENDING_APPROVAL',
  counted: counted ? { totalMinor: 50_000, grossProfitMinor: null, units: 1, listTotalMinor: 50_000, termsBeyondStandard: false, discountBeyond: false, discountBeyondAuthorityMinor: 0 } : null,
});

describeOnEachDatabase('reporting: an order cancelled is taken back from revenue on the day of the cancellation', (kind) => {
  let subgraph: TestSubgraph;
  let sequence = 0;
  const envelope = (type: 'OrderRecorded' | 'OrderCancelled', version: number, payload: unknown): EventEnvelope =>
    ({ id: `e${++sequence}`, sequence, type, version, occurredAt: '2026-11-15T10:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;
  const revenue = async (period: string) =>
    (
      (await subgraph.execute(director, `query($p: String!) { _entities(representations: [{ __typename: "SalesRep", id: "ann" }]) { ... on SalesRep { revenue(period: $p) } } }`, { p: period }))
        .data as { _entities: Array<{ revenue: string }> }
    )._entities[0].revenue;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(reportingSubgraph, kind);
    const [, org] = reportingConsumers(handFedConsumerDeps(subgraph.dataSource));
    await org.apply([{ id: 'r1', sequence: 1, type: 'SalesRepRegistered', version: 1, occurredAt: '2026-10-01T00:00:00.000Z', aggregateId: 'ann', payload: { repId: 'ann', teamId: 'north', name: 'Ann' } }]);
  });
  afterAll(() => subgraph?.stop());

  it('keeps October’s revenue and shows the cancellation in November, once', async () => {
    const [orders] = reportingConsumers(handFedConsumerDeps(subgraph.dataSource));
    expect(await orders.apply([envelope('OrderRecorded', 4, order('o1', 50_000, '2026-10-20T10:00:00.000Z')), envelope('OrderRecorded', 4, order('o2', 20_000, '2026-11-02T10:00:00.000Z'))])).toBe(2);
    const cancellation = envelope('OrderCancelled', 1, cancelled('o1', '2026-11-10T09:00:00.000Z', true));
    expect(await orders.apply([cancellation])).toBe(1);
    expect(await revenue('2026-10')).toBe('500.00');
    // 200.00 ordered in November, less the 500.00 of October's order cancelled on 10 November.
    expect(await revenue('2026-11')).toBe('-300.00');
    expect(await revenue('2026')).toBe('200.00');
    expect(await subgraph.dataSource.getRepository(OrderFactEntity).findOneByOrFail({ orderId: 'o1' })).toMatchObject({ day: '2026-10-20', cancelledDay: '2026-11-10' });
    // Delivered again (a fresh consumer from before its checkpoint would): nothing taken back twice.
    expect(await orders.apply([{ ...cancellation, id: 'again', sequence: ++sequence }])).toBe(1);
    expect(await revenue('2026-11')).toBe('-300.00');
  });

  it('takes nothing back for an order that never counted (cancelled while waiting for approval)', async () => {
    const [orders] = reportingConsumers(handFedConsumerDeps(subgraph.dataSource));
    expect(await orders.apply([envelope('OrderCancelled', 1, cancelled('o-pending', '2026-11-12T09:00:00.000Z', false))])).toBe(1);
    expect(await revenue('2026-11')).toBe('-300.00');
  });
});
