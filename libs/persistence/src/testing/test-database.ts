import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DatabaseKind } from '../data-source';

/** The server integration tests create their MySQL databases on, e.g. mysql://root@127.0.0.1:3306/test. */
export const TEST_MYSQL_URL_VARIABLE = 'TEST_MYSQL_URL';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly url: string;
  /** Removes the database (the SQLite file or the MySQL schema). */
  drop(): Promise<void>;
}

/**
 * The databases every integration suite runs on. Under CI a missing MySQL URL
 * is an error, so a green run always means both databases were exercised.
 */
export function testDatabaseKinds(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  if (env[TEST_MYSQL_URL_VARIABLE]) return ['sqlite', 'mysql'];
  if (env['CI']) {
    throw new Error(`${TEST_MYSQL_URL_VARIABLE} must be set under CI: every integration test runs on MySQL too`);
  }
  return ['sqlite'];
}

let warned = false;
/**
 * `describe` once per database. Without a MySQL URL outside CI the MySQL
 * variant is reported as skipped, visibly.
 */
export function describeOnEachDatabase(title: string, body: (kind: DatabaseKind) => void): void {
  const kinds = testDatabaseKinds();
  for (const kind of kinds) describe(`${title} [${kind}]`, () => body(kind));
  if (!kinds.includes('mysql')) {
    if (!warned) {
      warned = true;
      console.warn(`MySQL suites skipped: set ${TEST_MYSQL_URL_VARIABLE} (e.g. mysql://root@127.0.0.1:3306/test) to run them.`);
    }
    describe.skip(`${title} [mysql] (skipped: ${TEST_MYSQL_URL_VARIABLE} not set)`, () => {
      it('runs on MySQL', () => undefined);
    });
  }
}

/** A fresh, empty database of the given kind, named for the suite that asked. */
export async function createTestDatabase(kind: DatabaseKind, label = 'test'): Promise<TestDatabase> {
  const suffix = `${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'salesgraph-'));
    return {
      kind,
      url: `sqlite:${join(dir, `${suffix}.sqlite`)}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env[TEST_MYSQL_URL_VARIABLE];
  if (!serverUrl) throw new Error(`${TEST_MYSQL_URL_VARIABLE} is not set`);
  const name = `sg_${suffix}`;
  await onServer(serverUrl, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { kind, url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS \`${name}\``) };
}

/** Runs one statement on the test server itself, outside any database. */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const server = new URL(serverUrl.replace(/^mariadb:/, 'mysql:'));
  const connection = await createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username || 'root'),
    password: decodeURIComponent(server.password),
  });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}
