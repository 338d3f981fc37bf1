import { createDataSource, migrate, pendingSchemaChanges } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { customerRelationshipDatabase } from '../database';

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
    await old.query(`INSERT INTO customer (id, name, class, status, owner_id, created_at, version) VALUES ('c1', 'Acme', 'A', 'ACTIVE', 'r1', '2026-01-02 03:04:05', 1)`);
    await old.query(`INSERT INTO sales_order (id, customer_id, rep_id, ordered_at, total_minor, recorded_at) VALUES ('o1', 'c1', 'r1', '2026-01-03 00:00:00', 500, '2026-01-03 00:00:00')`);
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
});
