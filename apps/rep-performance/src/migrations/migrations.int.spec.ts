import { readFeed } from '@salesgraph/events';
import { createDataSource, migrate, pendingSchemaChanges } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { repPerformanceSubgraph } from '../subgraph';

const repPerformanceDatabase = repPerformanceSubgraph.database;

describeOnEachDatabase('rep-performance migrations', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, 'rp_migrations');
  });
  afterAll(() => database?.drop());

  it('upgrades a database that already holds teams and reps, giving each rep their team history', async () => {
    const [initial, authority] = repPerformanceDatabase.migrations as Array<new () => unknown>;
    const old = createDataSource({ ...repPerformanceDatabase, entities: [], migrations: [initial, authority] }, database.url);
    await old.initialize();
    await migrate(old);
    await old.query(`INSERT INTO team (id, name, manager_id, created_at, version) VALUES ('t1', 'North', NULL, '2026-01-02 03:04:05', 1)`);
    await old.query(
      `INSERT INTO sales_rep (id, name, email, type, team_id, created_at, version) VALUES ('r1', 'Ann', 'ann@example.com', 'HUNTER', 't1', '2026-01-02 03:04:05', 1)`,
    );
    await old.destroy();

    const current = createDataSource(repPerformanceDatabase, database.url);
    await current.initialize();
    try {
      expect((await migrate(current)).length).toBe((repPerformanceDatabase.migrations as unknown[]).length - 2);
      expect(await pendingSchemaChanges(current)).toEqual([]);
      expect(await current.query(`SELECT id, status, branch_id FROM sales_rep r JOIN (SELECT id AS tid, branch_id FROM team) t ON t.tid = r.team_id`)).toEqual([
        { id: 'r1', status: 'ACTIVE', branch_id: null },
      ]);
      expect(await current.query('SELECT rep_id, team_id, from_day, to_day FROM team_membership')).toEqual([
        { rep_id: 'r1', team_id: 't1', from_day: '1970-01-01', to_day: null },
      ]);
      // Announced again with the branch fields other subgraphs' directories learn from v4 (README "Branch scope").
      const announced = (await readFeed(current, 0, 100)).filter((event) => event.type === 'SalesRepRegistered');
      expect(announced.map((event) => [event.version, event.payload])).toEqual([
        [4, { repId: 'r1', name: 'Ann', teamId: 't1', discountAuthorityBp: 1000, role: null, branchId: null, headsBranchId: null }],
      ]);
    } finally {
      await current.destroy();
    }
  });

  it('keeps the visits folded before kinds were counted as visits of unknown kind', async () => {
    const visitsByKind = await createTestDatabase(kind, 'rp_migrations_visits');
    try {
      // The database as it was just before NewVsMaintenance, whatever migrations follow it.
      const migrations = repPerformanceDatabase.migrations as Array<new () => unknown>;
      const at = migrations.findIndex((migration) => migration.name === 'NewVsMaintenance1765843200000');
      const before = migrations.slice(0, at);
      const old = createDataSource({ ...repPerformanceDatabase, entities: [], migrations: before }, visitsByKind.url);
      await old.initialize();
      await migrate(old);
      await old.query(`INSERT INTO rep_daily_fact (rep_id, day, visits, revenue_minor) VALUES ('r1', '2026-11-30', 3, 0), ('r1', '2026-12-01', 0, 50000)`);
      await old.destroy();

      const current = createDataSource(repPerformanceDatabase, visitsByKind.url);
      await current.initialize();
      try {
        expect(await migrate(current)).toHaveLength(migrations.length - at);
        expect(await pendingSchemaChanges(current)).toEqual([]);
        const rows: Array<Record<string, unknown>> = await current.query(
          'SELECT day, visits, new_development_visits, maintenance_visits, visits_of_unknown_kind FROM rep_daily_fact ORDER BY day',
        );
        expect(rows.map((row) => Object.values(row).map(String))).toEqual([
          ['2026-11-30', '3', '0', '0', '3'],
          ['2026-12-01', '0', '0', '0', '0'],
        ]);
      } finally {
        await current.destroy();
      }
    } finally {
      await visitsByKind.drop();
    }
  });
});
