// The tests here are independent of order: each makes its own team, rep and customer and writes and reads only
// those, so each passes alone (-t) and in any order (--randomize).
import { randomUUID } from 'node:crypto';
import {
  CustomerNameAndVersionDocument,
  CustomerStatusDocument,
  FirstCustomersDocument,
  LogVisitDocument,
  RecordOrderIdDocument,
  RepRevenueDocument,
  UpdateCustomerDocument,
} from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { createConnection } from 'mysql2/promise';
import { director, eventually, RepViewer, Suite, uniqueName } from './suite';

/**
 * Writes as clients make them, through the gateway: many at once on one
 * customer, retried with a key, and (on MariaDB) stuck behind a row lock
 * longer than the gateway waits, which must never commit after the client
 * was told it failed.
 */
const codes = (results: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
  results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK');

describeOnEachDatabase('writes through the gateway', (kind) => {
  // Twenty writes of one customer queue one behind the other: give them the production-like 3 s a call, not the suite's 1.5 s.
  const suite = new Suite(kind, { SUBGRAPH_TIMEOUT_MS: '3000' });

  /** A rep of a team of their own with a prospect of their own: each test writes on its own, so none depends on another's writes. */
  const repWithProspect = async (name: string, customerName: string): Promise<{ rep: RepViewer; customer: string }> => {
    const rep = await suite.registerRep(name, await suite.createTeam(uniqueName('Writers')));
    return { rep, customer: await suite.createCustomer(rep, customerName, { status: 'PROSPECT' }) };
  };

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('takes 20 visits and 20 first orders of one customer at once', async () => {
    const { rep, customer } = await repWithProspect('Wes', 'Busy Co');
    const visitedAt = new Date(Date.now() - 3_600_000).toISOString();
    const visits = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        suite.as(rep).execute(LogVisitDocument, {
          i: { customerId: customer, kind: 'NEW_DEVELOPMENT', purpose: `Visit ${index}`, visitedAt },
        }),
      ),
    );
    expect(codes(visits)).toEqual(Array(20).fill('OK'));
    const orders = await Promise.all(
      Array.from({ length: 20 }, () => suite.as(rep).execute(RecordOrderIdDocument, { input: { customerId: customer, total: '10.00' } })),
    );
    expect(codes(orders)).toEqual(Array(20).fill('OK'));
    expect((await suite.as(rep).request(CustomerStatusDocument, { id: customer })).customer?.status).toBe('ACTIVE');
  });

  it('counts a keyed order sent ten times once, down to the rep’s revenue', async () => {
    // Its own rep and customer, with no orders before this one.
    const { rep: kit, customer: keyed } = await repWithProspect('Kit', 'Keyed Co');
    const revenue = async () => (await suite.as(director).request(RepRevenueDocument, { id: kit.repId, period: '2026' })).salesRep?.revenue;
    const before = Number(await eventually(async () => ((await revenue()) === '0.00' ? '0.00' : undefined)));
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        suite.as(kit).execute(RecordOrderIdDocument, { input: { customerId: keyed, total: '1000.00', orderedAt: '2026-06-01T10:00:00Z', idempotencyKey } }),
      ),
    );
    expect(new Set(results.map((result) => result.data?.recordOrder.id)).size).toBe(1);
    await eventually(async () => ((await revenue()) === (before + 1000).toFixed(2) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await revenue()).toBe((before + 1000).toFixed(2));
  });

  if (kind !== 'mysql') return;

  it('never commits an edit the gateway gave up on while a row lock held it', async () => {
    const { rep, customer } = await repWithProspect('Wes', 'Busy Co');
    const read = async () => {
      const { customer: found } = await suite.as(rep).request(CustomerNameAndVersionDocument, { id: customer });
      if (!found) throw new Error('Wes cannot see Busy Co');
      return found;
    };
    const { version } = await read();
    const database = suite.databases.get('customer-relationship');
    if (!database) throw new Error('the suite has no customer-relationship database');
    const holder = await createConnection(database.url.replace(/^mariadb:/, 'mysql:'));
    try {
      await holder.query('START TRANSACTION');
      await holder.query('SELECT id FROM customer WHERE id = ? FOR UPDATE', [customer]);
      const edits = Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          suite.as(rep).execute(UpdateCustomerDocument, {
            i: { id: customer, version, name: `Renamed ${index}` },
          }),
        ),
      );
      // Other work goes on meanwhile.
      expect(codes([await suite.as(rep).execute(FirstCustomersDocument)])).toEqual(['OK']);
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
