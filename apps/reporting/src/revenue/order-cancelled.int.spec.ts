/**
 * Records that can be corrected (docs/domain.md#corrections): reporting's revenue follows an
 * order's cancellation as an adjustment on the day it was cancelled, never on
 * the order's day, once however often it is delivered, and not at all for an
 * order that never counted.
 */
import { EventPayload } from '@salesgraph/events';
import { orderRecordedV4 } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { withAnnsRevenue } from './revenue-test-feed';
import { OrderFactEntity } from './order-fact.entity';

/** An order on a chosen day: only its total and day matter to revenue. */
const order = (orderId: string, totalMinor: number, orderedAt: string): EventPayload<'OrderRecorded', 4> => ({
  ...orderRecordedV4(orderId, 'ann', totalMinor),
  orderedAt,
  recordedAt: orderedAt,
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
  counted: counted
    ? {
        totalMinor: 50_000,
        grossProfitMinor: null,
        units: 1,
        listTotalMinor: 50_000,
        termsBeyondStandard: false,
        discountBeyond: false,
        discountBeyondAuthorityMinor: 0,
      }
    : null,
});

describeOnEachDatabase('reporting: an order cancelled is taken back from revenue on the day of the cancellation', (kind) => {
  const t = withAnnsRevenue(kind);
  const { envelope, redeliver, applyOrders, revenue } = t;

  it('keeps October’s revenue and shows the cancellation in November, once', async () => {
    expect(
      await applyOrders([
        envelope('OrderRecorded', 4, order('o1', 50_000, '2026-10-20T10:00:00.000Z')),
        envelope('OrderRecorded', 4, order('o2', 20_000, '2026-11-02T10:00:00.000Z')),
      ]),
    ).toBe(2);
    const cancellation = envelope('OrderCancelled', 1, cancelled('o1', '2026-11-10T09:00:00.000Z', true));
    expect(await applyOrders([cancellation])).toBe(1);
    expect(await revenue('2026-10')).toBe('500.00');
    // 200.00 ordered in November, less the 500.00 of October's order cancelled on 10 November.
    expect(await revenue('2026-11')).toBe('-300.00');
    expect(await revenue('2026')).toBe('200.00');
    expect(await t.subgraph.dataSource.getRepository(OrderFactEntity).findOneByOrFail({ orderId: 'o1' })).toMatchObject({
      day: '2026-10-20',
      cancelledDay: '2026-11-10',
    });
    // Delivered again (a fresh consumer from before its checkpoint would): nothing taken back twice.
    expect(await applyOrders([redeliver(cancellation)])).toBe(1);
    expect(await revenue('2026-11')).toBe('-300.00');
  });

  it('takes nothing back for an order that never counted (cancelled while waiting for approval)', async () => {
    expect(await applyOrders([envelope('OrderCancelled', 1, cancelled('o-pending', '2026-11-12T09:00:00.000Z', false))])).toBe(1);
    expect(await revenue('2026-11')).toBe('-300.00');
  });
});
