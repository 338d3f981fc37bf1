import { Viewer } from '@salesgraph/auth';
import { readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const analyst: Viewer = { subject: 'a', role: 'ANALYST' };

const RECORD = `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id total orderedAt rep { id } customer { id status } } }`;

describeOnEachDatabase('orders', (kind) => {
  let subgraph: TestSubgraph;
  let customerId = '';

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const created = await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: B }) { id } }`);
    customerId = (created.data as { createCustomer: { id: string } }).createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  const record = (viewer: Viewer, input: Record<string, unknown>) => subgraph.execute(viewer, RECORD, { input });
  const feedLength = async () => (await readFeed(subgraph.dataSource, 0, 1000)).length;

  it('records an order for the customer’s owner, activates a prospect and announces the order', async () => {
    const result = await record(ann, { customerId, total: '1234.5', orderedAt: '2026-11-20T08:00:00Z' });
    expect(result.errors).toBeUndefined();
    const recorded = (result.data as { recordOrder: { id: string } }).recordOrder;
    expect(recorded).toMatchObject({
      total: '1234.50',
      orderedAt: '2026-11-20T08:00:00.000Z',
      rep: { id: 'rep-ann' },
      customer: { id: customerId, status: 'ACTIVE' },
    });
    const events = await readFeed(subgraph.dataSource, 0, 1000);
    expect(events[events.length - 1]).toMatchObject({
      type: 'OrderRecorded',
      payload: { orderId: recorded.id, customerId, repId: 'rep-ann', totalMinor: 123450, orderedAt: '2026-11-20T08:00:00.000Z' },
    });
    const fetched = await subgraph.execute(ann, `query($id: ID!) { order(id: $id) { total } }`, { id: recorded.id });
    expect(fetched.data).toEqual({ order: { total: '1234.50' } });
    expect((await subgraph.execute(bob, `query($id: ID!) { order(id: $id) { total } }`, { id: recorded.id })).data).toEqual({ order: null });
  });

  it.each([
    ['a negative total', { total: '-5.00' }, 'input.total'],
    ['a zero total', { total: '0' }, 'input.total'],
    ['a future date', { total: '5.00', orderedAt: '2099-01-01T00:00:00Z' }, 'input.orderedAt'],
    ['a day that does not exist', { total: '10.00', orderedAt: '2026-02-30T00:00:00Z' }, 'input.orderedAt'],
    ['an hour that does not exist', { total: '10.00', orderedAt: '2026-02-27T24:00:00Z' }, 'input.orderedAt'],
    ['money with three decimals in a line', { lines: [{ product: 'Die set', units: 1, listPrice: '40.005' }] }, 'input.lines.0.listPrice'],
    ['an unknown customer', { total: '5.00', customerId: 'nope' }, 'input.customerId'],
    ['a total beyond the largest order', { total: '100000000000.01' }, 'input.total'],
    ['a line beyond the largest order', { lines: [{ product: 'Die set', units: 1000, listPrice: '9999999999999.99' }] }, 'input.lines.0.listPrice'],
    [
      'a line cost beyond the largest order',
      { lines: [{ product: 'Die set', units: 1000, listPrice: '1.00', unitCost: '100000000.01' }] },
      'input.lines.0.unitCost',
    ],
    [
      'lines adding up beyond the largest order',
      {
        lines: [
          { product: 'Die set', units: 1000, listPrice: '100000000.00' },
          { product: 'Press', units: 1, listPrice: '0.01' },
        ],
      },
      'input.lines',
    ],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_case, input, field) => {
    const before = await feedLength();
    expect(onlyError(await record(ann, { customerId, ...input })).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await feedLength()).toBe(before);
  });

  it('refuses an order with bad fields in several lines once, naming every field, and writes nothing', async () => {
    const before = await feedLength();
    const refused = onlyError(
      await record(ann, {
        customerId,
        paymentTermsDays: 400,
        lines: [
          { product: 'Die set', units: 0, listPrice: '0.00' },
          { product: ' ', units: 1, listPrice: '5.00', discountPercent: 120 },
        ],
      }),
    );
    expect(refused.extensions?.['field']).toBe('input.lines.0.units');
    expect((refused.extensions?.['problems'] as Array<{ field: string }>).map((problem) => problem.field)).toEqual([
      'input.lines.0.units',
      'input.lines.0.listPrice',
      'input.lines.1.product',
      'input.lines.1.discountPercent',
      'input.paymentTermsDays',
    ]);
    expect(await feedLength()).toBe(before);
  });

  it('records an order of exactly the largest amount, exact to the minor unit and read back as it was entered', async () => {
    const lines = [{ product: 'Die set', units: 1000, listPrice: '99999999.99', discountPercent: 45.34, unitCost: '100000000.00' }];
    const result = await subgraph.execute(ann, `mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id total } }`, {
      input: { customerId, lines: [...lines, { product: 'Press', units: 1, listPrice: '10.00' }] },
    });
    expect(result.errors).toBeUndefined();
    // 100,000,000,000.00 at list: 99,999,999.99 at 45.34 % off is 54,659,999.99 a unit (…99.994534 rounded), × 1000, and 10.00.
    const recorded = (result.data as { recordOrder: { id: string; total: string } }).recordOrder;
    expect(recorded.total).toBe('54660000000.00');
    expect((await subgraph.execute(ann, `query($id: ID!) { order(id: $id) { total } }`, { id: recorded.id })).data).toEqual({
      order: { total: '54660000000.00' },
    });
  });

  it('refuses money that is not a decimal string', async () => {
    const error = onlyError(await record(ann, { customerId, total: '12.345' }));
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/input\.total|not an amount/);
  });

  it('refuses another rep’s customer as unknown, and analysts outright', async () => {
    expect(onlyError(await record(bob, { customerId, total: '5.00' })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    expect(onlyError(await record(analyst, { customerId, total: '5.00' })).extensions?.['code']).toBe('FORBIDDEN');
  });

  it('detects a concurrent edit: the second writer of the same version loses', async () => {
    const customers = new CustomerRepository(subgraph.dataSource);
    const [row] = await customers.findVisibleByIds(ann, [customerId]);
    const first = await subgraph.dataSource.transaction((manager) => customers.updateIfVersion(manager, customerId, row.version, { status: 'DORMANT' }));
    const second = await subgraph.dataSource.transaction((manager) => customers.updateIfVersion(manager, customerId, row.version, { status: 'CHURNED' }));
    expect([first, second]).toEqual([true, false]);
    const stored = await subgraph.dataSource.getRepository(CustomerEntity).findOneByOrFail({ id: customerId });
    expect(stored).toMatchObject({ status: 'DORMANT', version: row.version + 1 });
  });
});
