import { randomUUID } from 'node:crypto';
import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { createConnection } from 'mysql2/promise';
import { eventually, Suite } from './suite';

/**
 * Writes as clients make them, through the gateway: many at once on one
 * customer, retried with a key, and (on MariaDB) stuck behind a row lock
 * longer than the gateway waits, which must never commit after the client
 * was told it failed.
 */
const admin: Viewer = { subject: 'admin', role: 'ADMIN' };
const director: Viewer = { subject: 'director', role: 'DIRECTOR' };
const codes = (results: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
  results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');

describeOnEachDatabase('writes through the gateway', (kind) => {
  // Twenty writes of one customer queue one behind the other: give them the production-like 3 s a call, not the suite's 1.5 s.
  const suite = new Suite(kind, { SUBGRAPH_TIMEOUT_MS: '3000' });
  let rep: Viewer;
  let customer = '';

  const data = async <T>(viewer: Viewer, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await suite.query<T>(viewer, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  beforeAll(async () => {
    await suite.start();
    const team = (await data<{ createTeam: { id: string } }>(admin, `mutation { createTeam(input: { name: "Writers" }) { id } }`)).createTeam.id;
    const repId = (
      await data<{ registerSalesRep: { id: string } }>(admin, `mutation($i: RegisterSalesRepInput!) { registerSalesRep(input: $i) { id } }`, {
        i: { name: 'Wes', email: 'wes@example.com', type: 'BOTH', teamId: team },
      })
    ).registerSalesRep.id;
    rep = { subject: 'wes', role: 'REP', repId, teamId: team };
    customer = await eventually(async () => {
      const result = await suite.query<{ createCustomer: { id: string } }>(
        director,
        `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
        {
          i: { name: 'Busy Co', class: 'A', ownerId: repId, status: 'PROSPECT' },
        },
      );
      return result.data?.createCustomer.id;
    });
  });
  afterAll(() => suite.stop());

  it('takes 20 visits and 20 first orders of one customer at once', async () => {
    const visitedAt = new Date(Date.now() - 3_600_000).toISOString();
    const visits = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        suite.query(rep, `mutation($i: LogVisitInput!) { logVisit(input: $i) { id } }`, {
          i: { customerId: customer, kind: 'NEW_DEVELOPMENT', purpose: `Visit ${index}`, visitedAt },
        }),
      ),
    );
    expect(codes(visits)).toEqual(Array(20).fill('OK'));
    const orders = await Promise.all(
      Array.from({ length: 20 }, () =>
        suite.query(rep, `mutation($c: ID!) { recordOrder(input: { customerId: $c, total: "10.00" }) { id } }`, { c: customer }),
      ),
    );
    expect(codes(orders)).toEqual(Array(20).fill('OK'));
    expect((await data<{ customer: { status: string } }>(rep, `query($id: ID!) { customer(id: $id) { status } }`, { id: customer })).customer.status).toBe(
      'ACTIVE',
    );
  });

  it('counts a keyed order sent ten times once, down to the rep’s revenue', async () => {
    const revenue = async () =>
      (await data<{ salesRep: { revenue: string } }>(director, `query($id: ID!) { salesRep(id: $id) { revenue(period: "2026") } }`, { id: rep.repId })).salesRep
        .revenue;
    const before = Number(await eventually(async () => ((await revenue()) === '200.00' ? '200.00' : undefined)));
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        suite.query<{ recordOrder: { id: string } }>(rep, `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`, {
          i: { customerId: customer, total: '1000.00', orderedAt: '2026-06-01T10:00:00Z', idempotencyKey },
        }),
      ),
    );
    expect(new Set(results.map((result) => result.data?.recordOrder.id)).size).toBe(1);
    await eventually(async () => ((await revenue()) === (before + 1000).toFixed(2) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await revenue()).toBe((before + 1000).toFixed(2));
  });

  if (kind !== 'mysql') return;

  it('never commits an edit the gateway gave up on while a row lock held it', async () => {
    const read = async () =>
      (await data<{ customer: { name: string; version: number } }>(rep, `query($id: ID!) { customer(id: $id) { name version } }`, { id: customer })).customer;
    const { version } = await read();
    const database = suite.databases.get('customer-relationship');
    if (!database) throw new Error('the suite has no customer-relationship database');
    const holder = await createConnection(database.url.replace(/^mariadb:/, 'mysql:'));
    try {
      await holder.query('START TRANSACTION');
      await holder.query('SELECT id FROM customer WHERE id = ? FOR UPDATE', [customer]);
      const edits = Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          suite.query(rep, `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { id } }`, {
            i: { id: customer, version, name: `Renamed ${index}` },
          }),
        ),
      );
      // Other work goes on meanwhile.
      expect(codes([await suite.query(rep, `{ customers(first: 3) { totalCount } }`)])).toEqual(['OK']);
      const results = await edits;
      expect(codes(results)).toEqual(Array(10).fill('SERVICE_UNAVAILABLE'));
    } finally {
      // Released after the gateway's timeout (3 s here) but before the subgraph's own 4 s deadline would pass.
      await holder.query('ROLLBACK');
      await holder.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await read()).toEqual({ name: 'Busy Co', version });
  });
});
