/**
 * docs/domain.md#discount-authority: the OrderRecorded event carries the part of the discount
 * beyond the rep's authority (docs/domain.md#kpis, expense control), not only the
 * list total from which the whole discount follows.
 */
import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, EventPayload, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumer, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

describeOnEachDatabase('orders: the discount beyond authority on the event', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';
  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    await handFedConsumer(customerRelationshipSubgraph, subgraph.dataSource, 'rep-performance').apply([
      // Ann may give 15 % without approval.
      {
        id: 'e1',
        sequence: 1,
        type: 'SalesRepRegistered',
        version: 2,
        occurredAt: '',
        aggregateId: 'rep-ann',
        payload: { repId: 'rep-ann', teamId: 'north', name: 'Ann', discountAuthorityBp: 1_500 },
      } as EventEnvelope,
      {
        id: 'e2',
        sequence: 2,
        type: 'SalesRepRegistered',
        version: 2,
        occurredAt: '',
        aggregateId: 'rep-nina',
        payload: { repId: 'rep-nina', teamId: 'north', name: 'Nina', discountAuthorityBp: 2_500 },
      } as EventEnvelope,
    ]);
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('announces an approved order with the authority applied and the part of the discount beyond it', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const pending = data<{ recordOrder: { id: string; status: string } }>(
      await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id status } }`, {
        // 20 × 500.00 at 20 %: 2,000.00 of discount, 20 × 500.00 × (20 − 15) % = 500.00 of it beyond Ann's authority;
        // 4 × 100.00 at 10 % is within it.
        i: {
          customerId: acme,
          lines: [
            { product: 'Press X', units: 20, listPrice: '500.00', discountPercent: 20 },
            { product: 'Die', units: 4, listPrice: '100.00', discountPercent: 10 },
          ],
        },
      }),
    ).recordOrder;
    expect(pending.status).toBe('PENDING_APPROVAL');
    data(
      await subgraph.execute(nina, `mutation($i: DecideOrderDiscountInput!) { approveOrderDiscount(input: $i) { status } }`, {
        i: { orderId: pending.id, version: 1 },
      }),
    );
    const recorded = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before).filter((event) => event.type === 'OrderRecorded');
    expect(recorded).toHaveLength(1);
    expect(recorded[0].version).toBe(4);
    expect(recorded[0].payload).toMatchObject({
      listTotalMinor: 1_040_000,
      totalMinor: 800_000 + 36_000,
      discountAuthorityBp: 1_500,
      discountBeyondAuthorityMinor: 50_000,
    });
  });

  it('announces an order within authority, or without line detail, with nothing beyond it', async () => {
    const before = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    data(
      await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, {
        i: { customerId: acme, lines: [{ product: 'Press X', units: 2, listPrice: '500.00', discountPercent: 15 }] },
      }),
    );
    data(await subgraph.execute(ann, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, { i: { customerId: acme, total: '300.00' } }));
    const recorded = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before).filter((event) => event.type === 'OrderRecorded');
    expect(recorded.map((event) => [event.version, (event.payload as EventPayload<'OrderRecorded', 4>).discountBeyondAuthorityMinor])).toEqual([
      [4, 0],
      [4, 0],
    ]);
  });
});
