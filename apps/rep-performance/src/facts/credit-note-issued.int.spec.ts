/**
 * Records that can be corrected (docs/domain.md#corrections): a credit note lowers the rep's
 * revenue (and gross profit, when the order's costs are known) on the day it
 * is issued, never on the order's day, so a statement frozen before it stays
 * as it was; what the invoice asks is lowered, so the collection rate measures
 * what the customer actually owes.
 */
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumer } from '@salesgraph/subgraph-kit/testing';
import { data, director, withTestOrganisation } from '../test-organisation';
import { annsFigures } from './anns-figures';
import { repPerformanceSubgraph } from '../subgraph';

describeOnEachDatabase('facts: CreditNoteIssued, an adjustment on the day of the credit note', (kind) => {
  const t = withTestOrganisation(kind);
  let sequence = 0;
  const envelope = (type: 'OrderRecorded' | 'InvoiceIssued' | 'PaymentApplied' | 'CreditNoteIssued', version: number, payload: unknown) =>
    ({ id: `e${++sequence}`, sequence, type, version, occurredAt: '2026-06-01T00:00:00.000Z', aggregateId: 'x', payload }) as EventEnvelope;

  const { kpis, statement } = annsFigures(t);

  it('keeps June’s frozen statement, lowers July’s revenue and gross profit, and measures collection against what the invoice now asks', async () => {
    const repId = t.org.reps.ann.id;
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const order: EventPayload<'OrderRecorded', 4> = {
      orderId: 'o1',
      customerId: 'c1',
      repId,
      orderedAt: '2026-06-10T10:00:00.000Z',
      totalMinor: 80_000,
      grossProfitMinor: 30_000,
      channel: null,
      paymentTermsDays: 30,
      termsBeyondStandard: false,
      maxDiscountBp: 0,
      discountApprovedBy: null,
      units: 10,
      listTotalMinor: 80_000,
      recordedAt: '2026-06-10T10:00:00.000Z',
      discountAuthorityBp: 1_500,
      discountBeyondAuthorityMinor: 0,
    };
    const invoice: EventPayload<'InvoiceIssued', 1> = {
      invoiceId: 'i1',
      orderId: 'o1',
      customerId: 'c1',
      repId,
      amountMinor: 80_000,
      issuedAt: '2026-06-10T10:00:00.000Z',
      dueDate: '2026-07-10',
    };
    expect(await consumer.apply([envelope('OrderRecorded', 4, order), envelope('InvoiceIssued', 1, invoice)])).toBe(2);
    data(
      await t.subgraph.execute(director, `mutation($i: CreateIncentivePlanInput!) { createIncentivePlan(input: $i) { id } }`, {
        i: { name: 'Company plan', effectiveFrom: '2026-01', terms: { basis: 'REVENUE', tiers: [{ ratePercent: 10 }] } },
      }),
    );
    data(await t.subgraph.execute(director, `mutation { closeIncentivePeriod(input: { period: "2026-06" }) { closed } }`));
    const frozen = await statement('2026-06');
    expect(frozen).toEqual({ total: '80.00', closed: true, facts: { basis: '800.00' } });

    const note: EventPayload<'CreditNoteIssued', 1> = {
      creditNoteId: 'cn1',
      invoiceId: 'i1',
      orderId: 'o1',
      customerId: 'c1',
      repId,
      amountMinor: 10_000,
      reason: 'Damaged on delivery',
      issuedBy: 'mia',
      issuedAt: '2026-07-05T09:00:00.000Z',
      grossProfitKnown: true,
      invoiceAmountMinor: 70_000,
      settled: false,
    };
    const payment: EventPayload<'PaymentApplied', 1> = {
      paymentId: 'p1',
      invoiceId: 'i1',
      customerId: 'c1',
      repId,
      amountMinor: 70_000,
      receivedAt: '2026-07-08T09:00:00.000Z',
      dueDate: '2026-07-10',
      fullyPaid: true,
    };
    expect(await consumer.apply([envelope('CreditNoteIssued', 1, note), envelope('PaymentApplied', 1, payment)])).toBe(2);

    expect(await statement('2026-06')).toEqual(frozen);
    expect((await kpis('2026-06'))['REVENUE'].value).toBe(800);
    const july = await kpis('2026-07');
    expect(july['REVENUE'].value).toBe(-100);
    expect(july['GROSS_PROFIT'].value).toBe(-100);
    expect(july['COLLECTED'].value).toBe(700);
    // The invoice now asks 700.00, all of it paid.
    expect(july['COLLECTION_RATE']).toMatchObject({
      value: 1,
      facts: [
        { name: 'collected of what fell due', value: 700 },
        { name: 'due in period', value: 700 },
      ],
    });
    expect((await statement('2026-07')).facts.basis).toBe('-100.00');
  });

  it('leaves gross profit alone when the order’s costs are unknown', async () => {
    const consumer = handFedConsumer(repPerformanceSubgraph, t.subgraph.dataSource, 'customer-relationship');
    const before = (await kpis('2026-08'))['GROSS_PROFIT'].value;
    const note: EventPayload<'CreditNoteIssued', 1> = {
      creditNoteId: 'cn2',
      invoiceId: 'i-unknown',
      orderId: 'o2',
      customerId: 'c1',
      repId: t.org.reps.ann.id,
      amountMinor: 5_000,
      reason: 'Goodwill',
      issuedBy: 'mia',
      issuedAt: '2026-08-05T09:00:00.000Z',
      grossProfitKnown: false,
      invoiceAmountMinor: 0,
      settled: true,
    };
    expect(await consumer.apply([envelope('CreditNoteIssued', 1, note)])).toBe(1);
    const august = await kpis('2026-08');
    expect(august['REVENUE'].value).toBe(-50);
    expect(august['GROSS_PROFIT'].value).toBe(before);
  });
});
