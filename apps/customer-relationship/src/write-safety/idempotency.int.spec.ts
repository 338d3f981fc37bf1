import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { IdempotencyKeyEntity } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

/** A client that lost the answer sends the same mutation again: with a key it is written once. */
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };
const RECORD_ORDER = `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id totalAmount: total } }`;

describeOnEachDatabase('idempotency keys', (kind) => {
  let subgraph: TestSubgraph;
  let customer = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const ordersOf = async (customerId: string) =>
    (await readFeed(subgraph.dataSource, 0, 10_000)).filter(
      (event) => event.type === 'OrderRecorded' && (event.payload as { customerId: string }).customerId === customerId,
    );

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance');
    await directory.apply(
      ['rep-ann', 'rep-nina'].map((repId, i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId: 'north', name: repId },
      })),
    );
    customer = data<{ createCustomer: { id: string } }>(
      await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Keyed Co", class: B }) { id } }`),
    ).createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('records one order for ten identical calls in parallel, and answers each with it', async () => {
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '250.00', idempotencyKey } })),
    );
    const ids = results.map((result) => data<{ recordOrder: { id: string } }>(result).recordOrder.id);
    expect(new Set(ids).size).toBe(1);
    expect(await ordersOf(customer)).toHaveLength(1);
    // A later repeat, asking for other fields, gets the same order.
    const again = data<{ recordOrder: { id: string; status: string } }>(
      await subgraph.execute(ann, `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id status } }`, {
        input: { customerId: customer, total: '250.00', idempotencyKey },
      }),
    );
    expect(again.recordOrder).toEqual({ id: ids[0], status: 'CONFIRMED' });
    expect(await ordersOf(customer)).toHaveLength(1);
  });

  it('refuses the same key with other input or for another mutation, writing nothing', async () => {
    const idempotencyKey = randomUUID();
    data(await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '10.00', idempotencyKey } }));
    const before = await ordersOf(customer);
    const other = onlyError(await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '11.00', idempotencyKey } }));
    expect(other.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
    expect(other.message).toMatch(/already used for recordOrder with other input/);
    const visit = onlyError(
      await subgraph.execute(ann, `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`, {
        input: { customerId: customer, kind: 'MAINTENANCE', purpose: 'Review', visitedAt: new Date(Date.now() - 3_600_000).toISOString(), idempotencyKey },
      }),
    );
    expect(visit.message).toMatch(/already used for recordOrder/);
    expect(await ordersOf(customer)).toHaveLength(before.length);
  });

  it('keeps keys per user: the same key from another user is another request', async () => {
    const idempotencyKey = randomUUID();
    const mine = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '5.00', idempotencyKey } }),
    ).recordOrder.id;
    const theirs = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(nina, RECORD_ORDER, { input: { customerId: customer, total: '5.00', idempotencyKey } }),
    ).recordOrder.id;
    expect(theirs).not.toBe(mine);
  });

  it('stores no key for a refused request, so the corrected retry goes through', async () => {
    const order = data<{ recordOrder: { id: string } }>(await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '100.00' } }))
      .recordOrder.id;
    const invoice = data<{ invoiceOrder: { id: string } }>(
      await subgraph.execute(ann, `mutation($o: ID!) { invoiceOrder(input: { orderId: $o }) { id } }`, { o: order }),
    ).invoiceOrder.id;
    const pay = (amount: string, idempotencyKey: string) =>
      subgraph.execute(ann, `mutation($input: ApplyPaymentInput!) { applyPayment(input: $input) { id paid outstanding } }`, {
        input: { invoiceId: invoice, amount, idempotencyKey },
      });
    const idempotencyKey = randomUUID();
    expect(onlyError(await pay('150.00', idempotencyKey)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const paid = await Promise.all(Array.from({ length: 5 }, () => pay('40.00', idempotencyKey)));
    expect(paid.map((result) => data<{ applyPayment: { paid: string } }>(result).applyPayment.paid)).toEqual(Array(5).fill('40.00'));
    const seen = data<{ order: { invoices: Array<{ paid: string; outstanding: string }> } }>(
      await subgraph.execute(ann, `query($id: ID!) { order(id: $id) { invoices { paid outstanding } } }`, { id: order }),
    );
    expect(seen.order.invoices).toEqual([{ paid: '40.00', outstanding: '60.00' }]);
  });

  it('forgets a key after it expires', async () => {
    const idempotencyKey = randomUUID();
    const first = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '7.00', idempotencyKey } }),
    ).recordOrder.id;
    await subgraph.dataSource.getRepository(IdempotencyKeyEntity).update({ subject: 'ann', key: idempotencyKey }, { expiresAt: new Date(Date.now() - 1000) });
    const second = data<{ recordOrder: { id: string } }>(
      await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '7.00', idempotencyKey } }),
    ).recordOrder.id;
    expect(second).not.toBe(first);
    expect(await subgraph.dataSource.getRepository(IdempotencyKeyEntity).countBy({ subject: 'ann', key: idempotencyKey })).toBe(1);
  });

  it('refuses a key that is too short to be unique', async () => {
    const error = onlyError(await subgraph.execute(ann, RECORD_ORDER, { input: { customerId: customer, total: '7.00', idempotencyKey: 'abc' } }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });
});
