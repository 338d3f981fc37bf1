/**
 * Records that can be corrected (docs/domain.md#credit-notes): a credit note against an invoice,
 * decided under the invoice's lock, never for more than the invoice still asks
 * and is unpaid (a credit never leaves the customer owed money: refunds are
 * not modelled), with a reason, who and when, and an idempotency key.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, sam, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { CreditNoteEntity, InvoiceEntity } from './receivable.entity';

const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const NOTE = 'id amount reason issuedBy issuedAt invoice { id amount invoicedAmount credited paid outstanding status creditNotes { amount reason } }';

interface Note {
  id: string;
  amount: string;
  reason: string;
  issuedBy: string;
  issuedAt: string;
  invoice: {
    id: string;
    amount: string;
    invoicedAmount: string;
    credited: string;
    paid: string;
    outstanding: string;
    status: string;
    creditNotes: Array<{ amount: string; reason: string }>;
  };
}

describeOnEachDatabase('receivables: credit notes', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  /** An order of `total` invoiced in full, with `paid` of it paid: the invoice's id. */
  const invoiced = async (total: string, paid?: string) => {
    const order = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, { i: { customerId: acme, total } }),
    ).recordOrder;
    const invoice = data<{ invoiceOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($i: InvoiceOrderInput!) { invoiceOrder(input: $i) { id } }`, { i: { orderId: order.id } }),
    ).invoiceOrder;
    if (paid)
      data(await subgraph.execute(ann, `mutation($i: ApplyPaymentInput!) { applyPayment(input: $i) { id } }`, { i: { invoiceId: invoice.id, amount: paid } }));
    return invoice.id;
  };
  const credit = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { ${NOTE} } }`, {
      i: { reason: 'Damaged on delivery', ...input },
    });
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const notesOf = (invoiceId: string) => subgraph.dataSource.getRepository(CreditNoteEntity).countBy({ invoiceId });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina, sam]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: B }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('credits part of an invoice: it asks less, keeps what was invoiced and the note, and announces it', async () => {
    const invoiceId = await invoiced('1000.00', '300.00');
    const before = (await feed()).length;
    const note = data<{ issueCreditNote: Note }>(await credit(ann, { invoiceId, amount: '200.00', reason: '  Damaged on delivery ' })).issueCreditNote;
    expect(note).toMatchObject({
      amount: '200.00',
      reason: 'Damaged on delivery',
      issuedBy: 'ann',
      invoice: {
        id: invoiceId,
        amount: '800.00',
        invoicedAmount: '1000.00',
        credited: '200.00',
        paid: '300.00',
        outstanding: '500.00',
        status: 'OPEN',
        creditNotes: [{ amount: '200.00', reason: 'Damaged on delivery' }],
      },
    });
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([['CreditNoteIssued', 1]]);
    expect(events[0].payload).toMatchObject({
      creditNoteId: note.id,
      invoiceId,
      customerId: acme,
      repId: 'rep-ann',
      amountMinor: 20_000,
      reason: 'Damaged on delivery',
      issuedBy: 'ann',
      issuedAt: note.issuedAt,
      grossProfitKnown: false,
      invoiceAmountMinor: 80_000,
      settled: false,
    });

    // More than is unpaid would leave the customer owed money: refused, nothing written.
    const refused = onlyError(await credit(nina, { invoiceId, amount: '500.01' }));
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(refused.message).toMatch(/500\.00/);
    expect((await feed()).length).toBe(before + 1);
    // Exactly what is unpaid settles it (by the rep's manager); then nothing more can be credited.
    expect(data<{ issueCreditNote: Note }>(await credit(nina, { invoiceId, amount: '500.00' })).issueCreditNote.invoice).toMatchObject({
      amount: '300.00',
      credited: '700.00',
      outstanding: '0.00',
      status: 'PAID',
    });
    expect((await feed()).at(-1)?.payload).toMatchObject({ settled: true, invoiceAmountMinor: 30_000 });
    expect(onlyError(await credit(ann, { invoiceId, amount: '0.01' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await notesOf(invoiceId)).toBe(2);
  });

  it.each([
    ['a zero amount', { amount: '0' }, 'input.amount'],
    ['a negative amount', { amount: '-1.00' }, 'input.amount'],
    ['an empty reason', { reason: ' ' }, 'input.reason'],
    ['an unknown invoice', { invoiceId: 'nope' }, 'input.invoiceId'],
    ['a malformed idempotency key', { idempotencyKey: 'short' }, 'input.idempotencyKey'],
  ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_case, input, field) => {
    const invoiceId = await invoiced('50.00');
    const before = (await feed()).length;
    expect(onlyError(await credit(ann, { invoiceId, amount: '10.00', ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await feed()).length).toBe(before);
    expect(await notesOf(invoiceId)).toBe(0);
  });

  it('is for the sale’s rep, their manager, a director or admin', async () => {
    const invoiceId = await invoiced('60.00');
    expect(onlyError(await credit(analyst, { invoiceId, amount: '1.00' })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await credit(sam, { invoiceId, amount: '1.00' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.invoiceId' });
    expect(onlyError(await credit(bob, { invoiceId, amount: '1.00' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.invoiceId' });
    // The customer moves to Bob: he sees the invoice, but the sale is Ann's to correct.
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-bob', reason: 'Territory change' },
      }),
    );
    expect(onlyError(await credit(bob, { invoiceId, amount: '1.00' })).extensions?.['code']).toBe('FORBIDDEN');
    expect((await credit(ann, { invoiceId, amount: '1.00' })).errors).toBeUndefined();
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-ann', reason: 'Back' },
      }),
    );
    expect(await notesOf(invoiceId)).toBe(1);
  });

  it('answers a retry with the same key with the first credit note, crediting once; the key with other input is refused', async () => {
    const invoiceId = await invoiced('70.00');
    const key = 'credit-7f3a2c11';
    const first = data<{ issueCreditNote: Note }>(await credit(ann, { invoiceId, amount: '10.00', idempotencyKey: key })).issueCreditNote;
    const again = data<{ issueCreditNote: Note }>(await credit(ann, { invoiceId, amount: '10.00', idempotencyKey: key })).issueCreditNote;
    expect(again.id).toBe(first.id);
    expect(again.invoice).toMatchObject({ amount: '60.00', credited: '10.00' });
    expect(onlyError(await credit(ann, { invoiceId, amount: '11.00', idempotencyKey: key })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
    expect(await notesOf(invoiceId)).toBe(1);
  });

  if (kind === 'mysql') {
    it('never credits more than the invoice asks when ten credit notes arrive at once', async () => {
      const invoiceId = await invoiced('100.00');
      const before = (await feed()).length;
      const results = await Promise.all(Array.from({ length: 10 }, () => credit(ann, { invoiceId, amount: '15.00' })));
      const issued = results.filter((result) => !result.errors);
      // 6 × 15.00 = 90.00 fit in 100.00; the 7th would take it below nothing.
      expect(issued).toHaveLength(6);
      for (const refused of results.filter((result) => result.errors))
        expect(onlyError(refused).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const stored = await subgraph.dataSource.getRepository(InvoiceEntity).findOneByOrFail({ id: invoiceId });
      expect(stored).toMatchObject({ amountMinor: 1_000, creditedMinor: 9_000, paidMinor: 0 });
      expect(await notesOf(invoiceId)).toBe(6);
      expect((await feed()).slice(before).filter((event) => event.type === 'CreditNoteIssued')).toHaveLength(6);
    });
  }
});
