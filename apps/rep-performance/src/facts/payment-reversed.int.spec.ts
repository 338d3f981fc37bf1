/**
 * Records that can be corrected (docs/domain.md#corrections): a reversed payment is taken from
 * what the rep collected on the day of the reversal, never on the day it was
 * received, so a statement frozen before it stays as it was; what was paid of
 * the invoice (collection rate) and overdue receivables from that day on follow.
 */
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';
import { annsFigures } from './anns-figures';
import { repPerformanceSubgraph } from '../subgraph';

describeOnEachDatabase('facts: PaymentReversed, an adjustment on the day of the reversal', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (type: 'InvoiceIssued' | 'PaymentApplied' | 'PaymentReversed', payload: unknown) =>
    ({ id: `e${++sequence}`, sequence, type, version: 1, occurredAt: '2026-06-01T00:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;

  const { kpis, statement } = annsFigures(t);

  it('keeps June’s frozen collected-basis statement and takes the bounced payment from July’s collection', async () => {
    const repId = t.org.reps.ann.id;
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const invoice: EventPayload<'InvoiceIssued', 1> = {
      invoiceId: 'i1',
      orderId: 'o1',
      customerId: 'c1',
      repId,
      amountMinor: 50_000,
      issuedAt: '2026-05-20T10:00:00.000Z',
      dueDate: '2026-06-19',
    };
    const payment: EventPayload<'PaymentApplied', 1> = {
      paymentId: 'p1',
      invoiceId: 'i1',
      customerId: 'c1',
      repId,
      amountMinor: 50_000,
      receivedAt: '2026-06-15T10:00:00.000Z',
      dueDate: '2026-06-19',
      fullyPaid: true,
    };
    expect(await consumer.apply([envelope('InvoiceIssued', invoice), envelope('PaymentApplied', payment)])).toBe(2);
    data(
      await t.subgraph.execute(director, `mutation($i: CreateIncentivePlanInput!) { createIncentivePlan(input: $i) { id } }`, {
        i: { name: 'Company plan', effectiveFrom: '2026-01', terms: { basis: 'COLLECTED', tiers: [{ ratePercent: 10 }] } },
      }),
    );
    data(await t.subgraph.execute(director, `mutation { closeIncentivePeriod(input: { period: "2026-06" }) { closed } }`));
    const frozen = await statement('2026-06');
    expect(frozen).toEqual({ total: '50.00', closed: true, facts: { basis: '500.00' } });
    expect((await kpis('2026-06'))['COLLECTION_RATE'].value).toBe(1);

    const reversal: EventPayload<'PaymentReversed', 1> = {
      reversalId: 'rv1',
      paymentId: 'p1',
      invoiceId: 'i1',
      customerId: 'c1',
      repId,
      amountMinor: 50_000,
      receivedAt: payment.receivedAt,
      reversedAt: '2026-07-03T09:00:00.000Z',
      reversedBy: 'mia',
      reason: 'Cheque bounced',
      dueDate: '2026-06-19',
    };
    expect(await consumer.apply([envelope('PaymentReversed', reversal)])).toBe(1);

    expect(await statement('2026-06')).toEqual(frozen);
    expect((await kpis('2026-06'))['COLLECTED'].value).toBe(500);
    const july = await kpis('2026-07');
    expect(july['COLLECTED'].value).toBe(-500);
    expect((await statement('2026-07')).facts.basis).toBe('-500.00');
    // What was paid of June's invoice follows: nothing now.
    expect((await kpis('2026-06'))['COLLECTION_RATE']).toMatchObject({
      value: 0,
      facts: [
        { name: 'collected of what fell due', value: 0 },
        { name: 'due in period', value: 500 },
      ],
    });
  });
});
