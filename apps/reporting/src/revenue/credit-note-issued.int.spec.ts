/**
 * Records that can be corrected (docs/domain.md#corrections): reporting's revenue follows a credit
 * note as an adjustment on the day it was issued, once however often it is
 * delivered, never rewriting the order's period.
 */
import { EventPayload } from '@salesgraph/events';
import { orderRecordedV4 } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { withAnnsRevenue } from './revenue-test-feed';

describeOnEachDatabase('reporting: a credit note is taken from revenue on the day it is issued', (kind) => {
  const { envelope, redeliver, applyOrders, revenue } = withAnnsRevenue(kind);

  it('keeps the order’s month and lowers the month of the credit note, once', async () => {
    // orderRecordedV4 orders on 2026-11-01.
    expect(await applyOrders([envelope('OrderRecorded', 4, orderRecordedV4('o1', 'ann', 100_000))])).toBe(1);
    const note: EventPayload<'CreditNoteIssued', 1> = {
      creditNoteId: 'cn1',
      invoiceId: 'i1',
      orderId: 'o1',
      customerId: 'c1',
      repId: 'ann',
      amountMinor: 25_000,
      reason: 'Damaged on delivery',
      issuedBy: 'mia',
      issuedAt: '2026-12-03T09:00:00.000Z',
      grossProfitKnown: false,
      invoiceAmountMinor: 75_000,
      settled: false,
    };
    const credited = envelope('CreditNoteIssued', 1, note);
    expect(await applyOrders([credited])).toBe(1);
    expect(await revenue('2026-11')).toBe('1000.00');
    expect(await revenue('2026-12')).toBe('-250.00');
    expect(await revenue('2026')).toBe('750.00');
    expect(await applyOrders([redeliver(credited)])).toBe(1);
    expect(await revenue('2026')).toBe('750.00');
  });
});
