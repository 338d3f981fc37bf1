/**
 * Records that can be corrected (docs/domain.md#payment-reversal): a bounced or mistaken payment is
 * reversed under the invoice's lock, once, with a reason, who and when; the
 * payment stays, marked reversed, and the invoice's paid amount drops by it.
 */
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, sam, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { InvoiceEntity, PaymentEntity } from './receivable.entity';

const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const INVOICE = 'id paid outstanding status payments { id amount reversal { reason by at } }';
interface Invoice {
  id: string;
  paid: string;
  outstanding: string;
  status: string;
  payments: Array<{ id: string; amount: string; reversal: { reason: string; by: string; at: string } | null }>;
}

describeOnEachDatabase('receivables: payment reversal', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  /** An order of `total` invoiced in full and paid in `payments`: the invoice. */
  const paidInvoice = async (total: string, ...payments: string[]): Promise<Invoice> => {
    const order = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, { i: { customerId: acme, total } }),
    ).recordOrder;
    let invoice = data<{ invoiceOrder: Invoice }>(
      await subgraph.execute(ann, `mutation($i: InvoiceOrderInput!) { invoiceOrder(input: $i) { ${INVOICE} } }`, { i: { orderId: order.id } }),
    ).invoiceOrder;
    for (const amount of payments) {
      invoice = data<{ applyPayment: Invoice }>(
        await subgraph.execute(ann, `mutation($i: ApplyPaymentInput!) { applyPayment(input: $i) { ${INVOICE} } }`, { i: { invoiceId: invoice.id, amount } }),
      ).applyPayment;
    }
    return invoice;
  };
  const reverse = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { ${INVOICE} } }`, { i: { reason: 'Cheque bounced', ...input } });
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const storedPaid = async (id: string) => (await subgraph.dataSource.getRepository(InvoiceEntity).findOneByOrFail({ id })).paidMinor;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina, sam]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: B }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('reverses a payment: it stays, marked with who, when and why, the invoice is owed again and the reversal is announced', async () => {
    const invoice = await paidInvoice('100.00', '40.00', '60.00');
    expect(invoice.status).toBe('PAID');
    // Both received this second: which is listed first is decided by id, so the bounced one is found by its amount.
    const bounced = invoice.payments.find((payment) => payment.amount === '40.00');
    if (!bounced) throw new Error('no payment of 40.00');
    const before = (await feed()).length;
    const reversed = data<{ reversePayment: Invoice }>(await reverse(ann, { paymentId: bounced.id, reason: ' Cheque bounced ' })).reversePayment;
    expect(reversed).toMatchObject({ paid: '60.00', outstanding: '40.00', status: 'OPEN' });
    expect(reversed.payments.map((payment) => [payment.amount, payment.reversal?.reason ?? null, payment.reversal?.by ?? null]).sort()).toEqual([
      ['40.00', 'Cheque bounced', 'ann'],
      ['60.00', null, null],
    ]);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([['PaymentReversed', 1]]);
    expect(events[0].payload).toMatchObject({
      paymentId: bounced.id,
      invoiceId: invoice.id,
      customerId: acme,
      repId: 'rep-ann',
      amountMinor: 4_000,
      reversedBy: 'ann',
      reason: 'Cheque bounced',
    });
    // The same instant, to the second a MariaDB datetime keeps.
    const storedAt = Date.parse(reversed.payments.find((payment) => payment.id === bounced.id)?.reversal?.at ?? '');
    expect(Math.abs(Date.parse((events[0].payload as { reversedAt: string }).reversedAt) - storedAt)).toBeLessThan(1_000);
    // Once only.
    expect(onlyError(await reverse(nina, { paymentId: bounced.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.paymentId' });
    expect(await storedPaid(invoice.id)).toBe(6_000);
    expect((await feed()).length).toBe(before + 1);
    // The money can be paid again.
    expect(
      data<{ applyPayment: Invoice }>(
        await subgraph.execute(ann, `mutation($i: ApplyPaymentInput!) { applyPayment(input: $i) { ${INVOICE} } }`, {
          i: { invoiceId: invoice.id, amount: '40.00' },
        }),
      ).applyPayment.status,
    ).toBe('PAID');
  });

  it.each([
    ['an empty reason', { reason: '' }, 'input.reason'],
    ['an unknown payment', { paymentId: 'nope' }, 'input.paymentId'],
    ['a malformed idempotency key', { idempotencyKey: 'x' }, 'input.idempotencyKey'],
  ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_case, input, field) => {
    const invoice = await paidInvoice('50.00', '50.00');
    const before = (await feed()).length;
    expect(onlyError(await reverse(ann, { paymentId: invoice.payments[0].id, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await storedPaid(invoice.id)).toBe(5_000);
    expect((await feed()).length).toBe(before);
  });

  it('is for the sale’s rep, their manager, a director or admin', async () => {
    const invoice = await paidInvoice('60.00', '60.00');
    const paymentId = invoice.payments[0].id;
    expect(onlyError(await reverse(analyst, { paymentId })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await reverse(sam, { paymentId })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.paymentId' });
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-bob', reason: 'Territory change' },
      }),
    );
    expect(onlyError(await reverse(bob, { paymentId })).extensions?.['code']).toBe('FORBIDDEN');
    expect(await storedPaid(invoice.id)).toBe(6_000);
    expect((await reverse(nina, { paymentId })).errors).toBeUndefined();
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-ann', reason: 'Back' },
      }),
    );
  });

  it('answers a retry with the same key with the invoice as reversed the first time, reversing once', async () => {
    const invoice = await paidInvoice('70.00', '70.00');
    const input = { paymentId: invoice.payments[0].id, idempotencyKey: 'reverse-0c9e41d2' };
    const first = data<{ reversePayment: Invoice }>(await reverse(ann, input)).reversePayment;
    const before = (await feed()).length;
    expect(data<{ reversePayment: Invoice }>(await reverse(ann, input)).reversePayment).toEqual(first);
    expect((await feed()).length).toBe(before);
    expect(await storedPaid(invoice.id)).toBe(0);
  });

  if (kind === 'mysql') {
    it('reverses a payment once when ten reversals arrive at once, while other payments come in', async () => {
      const invoice = await paidInvoice('100.00', '30.00', '20.00');
      const paymentId = invoice.payments.find((payment) => payment.amount === '30.00')?.id;
      const before = (await feed()).length;
      const results = await Promise.all([
        ...Array.from({ length: 10 }, () => reverse(ann, { paymentId })),
        ...Array.from({ length: 5 }, () =>
          subgraph.execute(ann, `mutation($i: ApplyPaymentInput!) { applyPayment(input: $i) { id } }`, { i: { invoiceId: invoice.id, amount: '10.00' } }),
        ),
      ]);
      expect(results.slice(0, 10).filter((result) => !result.errors)).toHaveLength(1);
      for (const refused of results.slice(0, 10).filter((result) => result.errors))
        expect(onlyError(refused).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.paymentId' });
      expect(results.slice(10).every((result) => !result.errors)).toBe(true);
      // 30.00 + 20.00 + 5 × 10.00, less the 30.00 reversed: what the payments not reversed add up to.
      const payments = await subgraph.dataSource.getRepository(PaymentEntity).findBy({ invoiceId: invoice.id });
      const standing = payments.filter((payment) => payment.reversedAt === null).reduce((sum, payment) => sum + payment.amountMinor, 0);
      expect(await storedPaid(invoice.id)).toBe(7_000);
      expect(standing).toBe(7_000);
      expect((await feed()).slice(before).filter((event) => event.type === 'PaymentReversed')).toHaveLength(1);
    });
  }
});
