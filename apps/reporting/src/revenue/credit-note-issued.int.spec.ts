/**
 * Issue 9, records that can be corrected: reporting's revenue follows a credit
 * note as an adjustment on the day it was issued, once however often it is
 * delivered, never rewriting the order's period.
 */
import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, EventPayload } from '@salesgraph/events';
import { orderRecordedV4 } from '@salesgraph/events/testing';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { handFedConsumerDeps, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { reportingConsumers } from '../feeds';
import { reportingSubgraph } from '../subgraph';

const director: Viewer = { subject: 'd', role: 'DIRECTOR' };

describeOnEachDatabase('reporting: a credit note is taken from revenue on the day it is issued', (kind) => {
  let subgraph: TestSubgraph;
  let sequence = 0;
  const envelope = (type: 'OrderRecorded' | 'CreditNoteIssued', version: number, payload: unknown): EventEnvelope =>
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

  it('keeps the order’s month and lowers the month of the credit note, once', async () => {
    const [orders] = reportingConsumers(handFedConsumerDeps(subgraph.dataSource));
    // orderRecordedV4 orders on 2026-11-01.
    expect(await orders.apply([envelope('OrderRecorded', 4, orderRecordedV4('o1', 'ann', 100_000))])).toBe(1);
    const note: EventPayload<'CreditNoteIssued', 1> = {
      creditNoteId: 'cn1', invoiceId: 'i1', orderId: 'o1', customerId: 'c1', repId: 'ann', amountMinor: 25_000, reason: 'Damaged on delivery', issuedBy: 'mia',
      issuedAt: '2026-12-03T09:00:00.000Z', grossProfitKnown: false, invoiceAmountMinor: 75_000, settled: false,
    };
    const credited = envelope('CreditNoteIssued', 1, note);
    expect(await orders.apply([credited])).toBe(1);
    expect(await revenue('2026-11')).toBe('1000.00');
    expect(await revenue('2026-12')).toBe('-250.00');
    expect(await revenue('2026')).toBe('750.00');
    expect(await orders.apply([{ ...credited, id: 'again', sequence: ++sequence }])).toBe(1);
    expect(await revenue('2026')).toBe('750.00');
  });
});
