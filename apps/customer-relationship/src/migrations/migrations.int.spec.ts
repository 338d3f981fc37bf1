import { createDataSource, migrate, pendingSchemaChanges } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const customerRelationshipDatabase = customerRelationshipSubgraph.database;

describeOnEachDatabase('customer-relationship migrations', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, 'cr_migrations');
  });
  afterAll(() => database?.drop());

  it('upgrades a database that already holds customers and orders, keeping every row', async () => {
    const [initial] = customerRelationshipDatabase.migrations as Array<new () => unknown>;
    const old = createDataSource({ ...customerRelationshipDatabase, entities: [], migrations: [initial] }, database.url);
    await old.initialize();
    await migrate(old);
    await old.query(
      `INSERT INTO customer (id, name, class, status, owner_id, created_at, version) VALUES ('c1', 'Acme', 'A', 'ACTIVE', 'r1', '2026-01-02 03:04:05', 1)`,
    );
    await old.query(
      `INSERT INTO sales_order (id, customer_id, rep_id, ordered_at, total_minor, recorded_at) VALUES ('o1', 'c1', 'r1', '2026-01-03 00:00:00', 500, '2026-01-03 00:00:00')`,
    );
    await old.destroy();

    const current = createDataSource(customerRelationshipDatabase, database.url);
    await current.initialize();
    try {
      expect((await migrate(current)).length).toBe((customerRelationshipDatabase.migrations as unknown[]).length - 1);
      expect(await pendingSchemaChanges(current)).toEqual([]);
      expect(await current.query('SELECT id, name FROM customer')).toEqual([{ id: 'c1', name: 'Acme' }]);
      expect((await current.query('SELECT id FROM sales_order')).map((row: { id: string }) => row.id)).toEqual(['o1']);
      const policies = await current.query('SELECT class, interval_days FROM visit_policy ORDER BY class');
      expect(policies.map((row: { class: string; interval_days: number }) => [row.class, Number(row.interval_days)])).toEqual([
        ['A', 7],
        ['B', 14],
        ['C', 30],
        ['D', 90],
      ]);
    } finally {
      await current.destroy();
    }
  });

  it('learns who was made ACTIVE by hand before the upgrade from the outbox, leaving the ones an order woke to their order', async () => {
    const hand = await createTestDatabase(kind, 'cr_hand_activation');
    const migrations = customerRelationshipDatabase.migrations as Array<new () => unknown>;
    // The database as it was just before HandActivation, whatever migrations came after it.
    const handActivation = migrations.findIndex((migration) => migration.name === 'HandActivation1765756800000');
    const old = createDataSource({ ...customerRelationshipDatabase, entities: [], migrations: migrations.slice(0, handActivation) }, hand.url);
    try {
      await old.initialize();
      await migrate(old);
      const customers: Array<[string, string]> = [
        ['c-hand', 'ACTIVE'],
        ['c-order', 'ACTIVE'],
        ['c-after-other-order', 'ACTIVE'],
        ['c-asleep', 'DORMANT'],
        ['c-never', 'ACTIVE'],
        ['c-other', 'ACTIVE'],
      ];
      for (const [id, status] of customers) {
        await old.query(`INSERT INTO customer (id, name, class, status, owner_id, created_at, version) VALUES (?, ?, 'B', ?, 'r1', '2025-01-01 00:00:00', 1)`, [
          id,
          id,
          status,
        ]);
      }
      const statusChanged = (customerId: string, from: string, to: string, changedAt: string) =>
        ['CustomerStatusChanged', customerId, { customerId, from, to, changedAt }] as const;
      const orderRecorded = (orderId: string, customerId: string) => ['OrderRecorded', orderId, { orderId, customerId }] as const;
      const events = [
        statusChanged('c-hand', 'DORMANT', 'ACTIVE', '2026-01-01T10:00:00.000Z'),
        // an order's transaction: its OrderRecorded, then the wake-up it caused
        orderRecorded('o1', 'c-order'),
        statusChanged('c-order', 'DORMANT', 'ACTIVE', '2026-02-01T10:00:00.000Z'),
        // another customer's order just before a hand change is not what caused it
        orderRecorded('o2', 'c-other'),
        statusChanged('c-after-other-order', 'CHURNED', 'ACTIVE', '2026-03-01T10:00:00.000Z'),
        statusChanged('c-hand', 'ACTIVE', 'DORMANT', '2026-04-01T00:00:00.000Z'),
        statusChanged('c-hand', 'DORMANT', 'ACTIVE', '2026-04-02T09:30:00.000Z'),
        // made ACTIVE by hand, since gone dormant: nothing to remember
        statusChanged('c-asleep', 'DORMANT', 'ACTIVE', '2026-01-05T10:00:00.000Z'),
        statusChanged('c-asleep', 'ACTIVE', 'DORMANT', '2026-04-05T00:00:00.000Z'),
      ];
      for (const [index, [type, aggregateId, payload]] of events.entries()) {
        await old.query(
          `INSERT INTO outbox_event (sequence, id, type, version, aggregate_id, occurred_at, payload) VALUES (?, ?, ?, 1, ?, '2026-05-01 00:00:00', ?)`,
          [index + 1, `e${index + 1}`, type, aggregateId, JSON.stringify(payload)],
        );
      }
    } finally {
      await old.destroy();
    }

    const current = createDataSource(customerRelationshipDatabase, hand.url);
    await current.initialize();
    try {
      expect((await migrate(current)).length).toBe(migrations.length - handActivation);
      expect(await pendingSchemaChanges(current)).toEqual([]);
      const rows: Array<{ id: string; activated_by_hand_at: string | Date | null }> = await current.query(
        'SELECT id, activated_by_hand_at FROM customer ORDER BY id',
      );
      const instant = (value: string | Date | null) =>
        value === null ? null : typeof value === 'string' ? new Date(`${value.replace(' ', 'T')}Z`).toISOString() : value.toISOString();
      expect(Object.fromEntries(rows.map((row) => [row.id, instant(row.activated_by_hand_at)]))).toEqual({
        'c-after-other-order': '2026-03-01T10:00:00.000Z',
        'c-asleep': null,
        'c-hand': '2026-04-02T09:30:00.000Z',
        'c-never': null,
        'c-order': null,
        'c-other': null,
      });
    } finally {
      await current.destroy();
      await hand.drop();
    }
  });
});
