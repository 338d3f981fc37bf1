/**
 * Records that can be corrected (docs/domain.md#order-cancellation): an order not yet invoiced can be
 * cancelled, with a reason, by its rep, their manager, or a director or admin,
 * from the version read; decided under the order's lock, so an invoice issued
 * at the same moment and a cancellation never both succeed.
 */
import { Viewer } from '@salesgraph/auth';
import { EventPayload, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { ann, bob, nina, sam, registerTestReps } from '../rep-directory/test-reps';
import { customerRelationshipSubgraph } from '../subgraph';
import { OrderEntity } from './order.entity';

const dora: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const analyst: Viewer = { subject: 'alex', role: 'ANALYST' };

const ORDER = 'id status version total invoiced cancellation { reason by at }';

describeOnEachDatabase('orders: cancellation', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const record = async (viewer: Viewer, input: Record<string, unknown>) =>
    data<{ recordOrder: { id: string; status: string; version: number } }>(
      await subgraph.execute(viewer, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id status version } }`, { i: { customerId: acme, ...input } }),
    ).recordOrder;
  const cancel = (viewer: Viewer, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($i: CancelOrderInput!) { cancelOrder(input: $i) { ${ORDER} } }`, { i: { reason: 'Customer withdrew', ...input } });
  const invoice = (viewer: Viewer, orderId: string) =>
    subgraph.execute(viewer, `mutation($i: InvoiceOrderInput!) { invoiceOrder(input: $i) { id } }`, { i: { orderId } });
  const feed = () => readFeed(subgraph.dataSource, 0, 10_000);
  const stored = (id: string) => subgraph.dataSource.getRepository(OrderEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await registerTestReps(subgraph.dataSource, [ann, bob, nina, sam]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: B }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('cancels a confirmed order for its rep, keeps why, who and when, and takes back exactly what OrderRecorded counted', async () => {
    const order = await record(ann, {
      lines: [{ product: 'Press X', units: 3, listPrice: '500.00', discountPercent: 10, unitCost: '300.00' }],
      orderedAt: '2026-11-02T09:00:00Z',
      paymentTermsDays: 90,
    });
    expect(order.status).toBe('CONFIRMED');
    const before = (await feed()).length;
    const cancelled = data<{ cancelOrder: { status: string; version: number; total: string; cancellation: { reason: string; by: string; at: string } } }>(
      await cancel(ann, { orderId: order.id, version: order.version, reason: '  Customer withdrew  ' }),
    ).cancelOrder;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      version: order.version + 1,
      total: '1350.00',
      cancellation: { reason: 'Customer withdrew', by: 'ann' },
    });
    expect(Date.now() - Date.parse(cancelled.cancellation.at)).toBeLessThan(60_000);
    const events = (await feed()).slice(before);
    expect(events.map((event) => [event.type, event.version])).toEqual([['OrderCancelled', 1]]);
    const recorded = (await feed()).find((event) => event.type === 'OrderRecorded' && event.aggregateId === order.id)?.payload as EventPayload<
      'OrderRecorded',
      4
    >;
    expect(events[0].payload).toEqual({
      orderId: order.id,
      customerId: acme,
      repId: 'rep-ann',
      orderedAt: '2026-11-02T09:00:00.000Z',
      cancelledAt: cancelled.cancellation.at,
      cancelledBy: 'ann',
      reason: 'Customer withdrew',
      fromStatus: 'CONFIRMED',
      counted: {
        totalMinor: recorded.totalMinor,
        grossProfitMinor: recorded.grossProfitMinor,
        units: 3,
        listTotalMinor: 150_000,
        termsBeyondStandard: true,
        discountBeyond: false,
        discountBeyondAuthorityMinor: 0,
      },
    });
    expect(recorded).toMatchObject({ totalMinor: 135_000, grossProfitMinor: 45_000 });
    // The order reads back cancelled, and a cancelled order is invoiced no more.
    expect(
      data<{ order: { status: string } }>(await subgraph.execute(ann, `query($id: ID!) { order(id: $id) { status } }`, { id: order.id })).order.status,
    ).toBe('CANCELLED');
    expect(onlyError(await invoice(ann, order.id)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
  });

  it('cancels an order waiting for approval for the rep’s manager, saying it never counted', async () => {
    const order = await record(ann, { lines: [{ product: 'Press X', units: 1, listPrice: '500.00', discountPercent: 30 }] });
    expect(order.status).toBe('PENDING_APPROVAL');
    const before = (await feed()).length;
    expect(
      data<{ cancelOrder: { status: string; cancellation: { by: string } } }>(await cancel(nina, { orderId: order.id, version: order.version })).cancelOrder,
    ).toMatchObject({
      status: 'CANCELLED',
      cancellation: { by: 'nina' },
    });
    const [event] = (await feed()).slice(before);
    expect(event).toMatchObject({ type: 'OrderCancelled', payload: { fromStatus: 'PENDING_APPROVAL', counted: null, cancelledBy: 'nina' } });
  });

  it('lets a director cancel any order', async () => {
    const order = await record(ann, { total: '10.00' });
    expect((await cancel(dora, { orderId: order.id, version: order.version })).errors).toBeUndefined();
  });

  it.each([
    ['an empty reason', { reason: '   ' }, 'input.reason'],
    ['a reason over 500 characters', { reason: 'x'.repeat(501) }, 'input.reason'],
    ['an unknown order', { orderId: 'nope' }, 'input.orderId'],
  ])('refuses %s with BAD_USER_INPUT on the field, changing and announcing nothing', async (_case, input, field) => {
    const order = await record(ann, { total: '20.00' });
    const before = (await feed()).length;
    expect(onlyError(await cancel(ann, { orderId: order.id, version: order.version, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await stored(order.id)).status).toBe('CONFIRMED');
    expect((await feed()).length).toBe(before);
  });

  it('refuses an invoiced order (a credit note corrects it), a rejected one and one already cancelled', async () => {
    const invoiced = await record(ann, { total: '30.00' });
    data(await invoice(ann, invoiced.id));
    const now = await stored(invoiced.id);
    const refused = onlyError(await cancel(ann, { orderId: invoiced.id, version: now.version }));
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    expect(refused.message).toMatch(/credit note/);

    const pending = await record(ann, { lines: [{ product: 'Press X', units: 1, listPrice: '500.00', discountPercent: 30 }] });
    data(
      await subgraph.execute(nina, `mutation($i: DecideOrderDiscountInput!) { rejectOrderDiscount(input: $i) { status } }`, {
        i: { orderId: pending.id, version: pending.version, reason: 'Too deep' },
      }),
    );
    expect(onlyError(await cancel(ann, { orderId: pending.id, version: pending.version + 1 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.orderId',
    });

    const once = await record(ann, { total: '40.00' });
    data(await cancel(ann, { orderId: once.id, version: once.version }));
    expect(onlyError(await cancel(ann, { orderId: once.id, version: once.version + 1 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.orderId',
    });
  });

  it('refuses a stale version with CONFLICT, changing nothing', async () => {
    const order = await record(ann, { total: '50.00' });
    await subgraph.dataSource.getRepository(OrderEntity).update({ id: order.id }, { version: order.version + 1 });
    const before = (await feed()).length;
    expect(onlyError(await cancel(ann, { orderId: order.id, version: order.version })).extensions?.['code']).toBe('CONFLICT');
    expect((await stored(order.id)).status).toBe('CONFIRMED');
    expect((await feed()).length).toBe(before);
  });

  it('is for the order’s rep, their manager, a director or admin: FORBIDDEN for analysts, another team’s manager and the customer’s new rep', async () => {
    const order = await record(ann, { total: '60.00' });
    expect(onlyError(await cancel(analyst, { orderId: order.id, version: order.version })).extensions?.['code']).toBe('FORBIDDEN');
    // Another team's manager does not see the customer at all; a fellow rep neither.
    expect(onlyError(await cancel(sam, { orderId: order.id, version: order.version })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    expect(onlyError(await cancel(bob, { orderId: order.id, version: order.version })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.orderId' });
    // The customer moves to Bob: he sees its orders, but this one stays Ann's sale, and hers to cancel.
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-bob', reason: 'Territory change' },
      }),
    );
    expect(onlyError(await cancel(bob, { orderId: order.id, version: order.version })).extensions?.['code']).toBe('FORBIDDEN');
    expect((await stored(order.id)).status).toBe('CONFIRMED');
    const byAnn = await cancel(ann, { orderId: order.id, version: order.version });
    expect(byAnn.errors).toBeUndefined();
    // Back to Ann for the tests that follow.
    data(
      await subgraph.execute(nina, `mutation($i: ReassignCustomerInput!) { reassignCustomer(input: $i) { id } }`, {
        i: { customerId: acme, toRepId: 'rep-ann', reason: 'Back' },
      }),
    );
  });

  if (kind === 'mysql') {
    it('never both invoices and cancels an order when both arrive at once', async () => {
      const orders = await Promise.all(Array.from({ length: 6 }, () => record(ann, { total: '70.00' })));
      const before = (await feed()).length;
      const outcomes = await Promise.all(
        orders.map(async (order) => {
          const [invoiced, cancelled] = await Promise.all([invoice(ann, order.id), cancel(ann, { orderId: order.id, version: order.version })]);
          return { id: order.id, invoiced: !invoiced.errors, cancelled: !cancelled.errors };
        }),
      );
      for (const outcome of outcomes) {
        expect(outcome.invoiced !== outcome.cancelled).toBe(true);
        const row = await stored(outcome.id);
        expect(row.status === 'CANCELLED').toBe(outcome.cancelled);
        expect(row.invoicedMinor).toBe(outcome.invoiced ? 7_000 : 0);
      }
      const events = (await feed()).slice(before);
      expect(events.filter((event) => event.type === 'OrderCancelled').length).toBe(outcomes.filter((outcome) => outcome.cancelled).length);
      expect(events.filter((event) => event.type === 'InvoiceIssued').length).toBe(outcomes.filter((outcome) => outcome.invoiced).length);
    });
  }
});
