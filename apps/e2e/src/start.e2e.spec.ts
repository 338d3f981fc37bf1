// The tests here are independent of order: each runs its own `npm start` with its own data directory, ports and
// databases, and kills what it leaves, so each passes alone (-t) and in any order (--randomize).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '@salesgraph/auth';
import { createClient, DemoCountsDocument } from '@salesgraph/graphql-types';
import { createTestDatabase, TestDatabase, testDatabaseKinds, TEST_MYSQL_URL_VARIABLE } from '@salesgraph/persistence/testing';
import { demoData } from '@salesgraph/seed';
import { killLeftovers, portsInUse, processesOf, StartProcess, startSettings } from './start-process';

const SECRET = 'start-e2e-secret-for-salesgraph-000000000';

describe('npm start when a step fails once the apps are up', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesgraph-start-fail-'));
  afterAll(() => {
    killLeftovers(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops every process it started, frees their ports and says in one line what failed', async () => {
    const { env, ports } = await startSettings(dataDir, SECRET);
    // A wrong setting the apps cannot see: rep-performance's part of every query goes to customer-relationship, so the seed's first query fails.
    const start = new StartProcess({ ...env, REP_PERFORMANCE_URL: `http://127.0.0.1:${ports['customer-relationship']}/graphql` });
    const { code } = await start.exited;

    // It got as far as the seed: all four apps had answered.
    for (const app of ['customer-relationship', 'rep-performance', 'reporting', 'gateway']) {
      expect(start.output.some((line) => line.startsWith(app) && /serving http/.test(line))).toBe(true);
    }
    expect(processesOf(dataDir)).toEqual([]);
    expect(await portsInUse(Object.values(ports))).toEqual([]);
    const failures = start.output.filter((line) => line.startsWith('npm start failed'));
    expect({ code, failures }).toEqual({
      code: 1,
      failures: [
        expect.stringMatching(/^npm start failed while seeding the demo data: .+ \(stopped rep-performance, customer-relationship, reporting, gateway\)$/),
      ],
    });
  }, 120_000);
});

/**
 * The real start on MariaDB, one fresh database per subgraph: it must seed
 * the demo through the gateway as it does on SQLite. Runs when
 * TEST_MYSQL_URL is set; under CI, testDatabaseKinds() insists that it is.
 */
const onMysql = testDatabaseKinds().includes('mysql');
(onMysql ? describe : describe.skip)(`npm start on MySQL/MariaDB${onMysql ? '' : ` (skipped: ${TEST_MYSQL_URL_VARIABLE} not set)`}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesgraph-start-mysql-'));
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    killLeftovers(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    for (const database of databases) await database.drop();
  });

  it('migrates, seeds the demo through the gateway, serves it, and stops leaving nothing running', async () => {
    const { env, ports } = await startSettings(dataDir, SECRET);
    for (const name of ['customer-relationship', 'rep-performance', 'reporting']) {
      const database = await createTestDatabase('mysql', `start_${name}`);
      databases.push(database);
      env[`${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`] = database.url;
    }
    const start = new StartProcess(env);
    try {
      await start.waitForLine(/^salesgraph is running\.$/, 540_000);
    } catch (error) {
      start.interrupt();
      await start.exited;
      throw error;
    }
    expect(start.output.some((line) => /^Seeded in /.test(line))).toBe(true);

    const director = signToken(SECRET, { subject: 'start-e2e', role: 'DIRECTOR' });
    const gateway = `http://127.0.0.1:${ports.gateway}/graphql`;
    const demo = demoData();
    expect(await createClient({ url: gateway, token: director }).request(DemoCountsDocument)).toEqual({
      salesReps: { totalCount: demo.reps.length },
      customers: { totalCount: demo.customers.length },
    });

    start.interrupt();
    expect(await start.exited).toEqual({ code: 0, signal: null });
    expect(processesOf(dataDir)).toEqual([]);
    expect(await portsInUse(Object.values(ports))).toEqual([]);
  }, 600_000);
});
