import { createDataSource, migrate, pendingSchemaChanges } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { reportingSubgraph } from '../subgraph';

const reportingDatabase = reportingSubgraph.database;

describeOnEachDatabase('reporting migrations', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, 'reporting_migrations');
  });
  afterAll(() => database?.drop());

  it('upgrades a database that already holds order facts, keeping every row, and leaves the entities nothing to change', async () => {
    const [initial] = reportingDatabase.migrations as Array<new () => unknown>;
    const old = createDataSource({ ...reportingDatabase, entities: [], migrations: [initial] }, database.url);
    await old.initialize();
    await migrate(old);
    await old.query(`INSERT INTO order_fact (order_id, customer_id, rep_id, day, total_minor) VALUES ('o1', 'c1', 'r1', '2026-01-03', 500)`);
    await old.destroy();

    const current = createDataSource(reportingDatabase, database.url);
    await current.initialize();
    try {
      expect((await migrate(current)).length).toBe((reportingDatabase.migrations as unknown[]).length - 1);
      expect(await pendingSchemaChanges(current)).toEqual([]);
      const rows = await current.query('SELECT order_id, total_minor, cancelled_day FROM order_fact');
      expect(
        rows.map((row: { order_id: string; total_minor: number | string; cancelled_day: string | null }) => [
          row.order_id,
          Number(row.total_minor),
          row.cancelled_day,
        ]),
      ).toEqual([['o1', 500, null]]);
    } finally {
      await current.destroy();
    }
  });
});
