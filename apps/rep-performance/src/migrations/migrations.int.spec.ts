import { readFeed } from '@salesgraph/events';
import { createDataSource, migrate, pendingSchemaChanges } from '@salesgraph/persistence';
import { createTestDatabase, describeOnEachDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { repPerformanceDatabase } from '../database';

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
    await old.query(`INSERT INTO sales_rep (id, name, email, type, team_id, created_at, version) VALUES ('r1', 'Ann', 'ann@example.com', 'HUNTER', 't1', '2026-01-02 03:04:05', 1)`);
    await old.destroy();

    const current = createDataSource(repPerformanceDatabase, database.url);
    await current.initialize();
    try {
      expect((await migrate(current)).length).toBe((repPerformanceDatabase.migrations as unknown[]).length - 2);
      expect(await pendingSchemaChanges(current)).toEqual([]);
      expect(await current.query(`SELECT id, status, branch_id FROM sales_rep r JOIN (SELECT id AS tid, branch_id FROM team) t ON t.tid = r.team_id`)).toEqual([{ id: 'r1', status: 'ACTIVE', branch_id: null }]);
      expect(await current.query('SELECT rep_id, team_id, from_day, to_day FROM team_membership')).toEqual([{ rep_id: 'r1', team_id: 't1', from_day: '1970-01-01', to_day: null }]);
      // Announced again with the branch fields other subgraphs' directories learn from v4 (README "Branch scope").
      const announced = (await readFeed(current, 0, 100)).filter((event) => event.type === 'SalesRepRegistered');
      expect(announced.map((event) => [event.version, event.payload])).toEqual([
        [4, { repId: 'r1', name: 'Ann', teamId: 't1', discountAuthorityBp: 1000, role: null, branchId: null, headsBranchId: null }],
      ]);
    } finally {
      await current.destroy();
    }
  });
});
