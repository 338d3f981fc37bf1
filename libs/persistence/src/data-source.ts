import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { DatabaseLimits, databaseLimits, guardMysqlPool } from './database-limits';
import { QueryCountingLogger } from './query-counting-logger';
import { bindDatabaseLimits } from './transaction';

export type DatabaseKind = 'sqlite' | 'mysql';

export interface SubgraphDatabase {
  /** The subgraph's name: names its SQLite file and its environment variable. */
  readonly subgraph: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

/** `customer-relationship` → `CUSTOMER_RELATIONSHIP_DATABASE_URL`. */
export function databaseUrlVariable(subgraph: string): string {
  return `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
}

/**
 * The URL a subgraph uses: its own variable, then the generic `DATABASE_URL`
 * (one per container in docker-compose), then its embedded SQLite file.
 */
export function resolveDatabaseUrl(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = env[databaseUrlVariable(subgraph)] || env['DATABASE_URL'];
  if (url) return url;
  const dataDir = env['SALESGRAPH_DATA_DIR'] || resolve(process.cwd(), '.data');
  return `sqlite:${resolve(dataDir, `${subgraph}.sqlite`)}`;
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  throw new Error(`Unsupported database URL "${redactUrl(url)}": use sqlite:<file>, mysql://… or mariadb://…`);
}

/** A URL safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export function dataSourceOptions(database: SubgraphDatabase, url: string, limits: DatabaseLimits = databaseLimits()): DataSourceOptions {
  const common = {
    entities: database.entities,
    migrations: database.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logger: new QueryCountingLogger(),
  } as const;
  if (databaseKind(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      enableWAL: true,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    // MariaDB under the `mysql` driver type re-creates json columns on every schema diff: the scheme decides.
    type: url.startsWith('mariadb://') ? 'mariadb' : 'mysql',
    url: url.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: limits.acquireTimeoutMs,
    extra: { decimalNumbers: true, connectionLimit: limits.poolSize, queueLimit: limits.poolQueueLimit },
  };
}

export function createDataSource(
  database: SubgraphDatabase,
  url = resolveDatabaseUrl(database.subgraph),
  limits: DatabaseLimits = databaseLimits(),
): DataSource {
  const dataSource = new DataSource(dataSourceOptions(database, url, limits));
  bindDatabaseLimits(dataSource, limits);
  if (databaseKind(url) === 'sqlite') serialiseTransactions(dataSource);
  else guardPoolOnInitialize(dataSource, limits, url.startsWith('mariadb://'));
  return dataSource;
}

/** The pool exists only once the data source is initialised: guard it then (acquire timeout, session timeouts). */
function guardPoolOnInitialize(dataSource: DataSource, limits: DatabaseLimits, mariadb: boolean): void {
  const initialize = dataSource.initialize.bind(dataSource);
  dataSource.initialize = async () => {
    await initialize();
    const pool = (dataSource.driver as unknown as { pool?: Parameters<typeof guardMysqlPool>[0] }).pool;
    if (!pool) throw new Error('The MySQL driver has no connection pool to guard');
    guardMysqlPool(pool, limits, mariadb);
    return dataSource;
  };
}

/**
 * better-sqlite3 is one connection: two overlapping transactions on it fail
 * with "cannot start a transaction within a transaction". Queue them, so
 * concurrent requests behave as they do on MySQL's pool.
 */
function serialiseTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
}

/** Counts the SQL statements a data source has sent: the efficiency tests read it. */
export function queryCounter(dataSource: DataSource): QueryCountingLogger {
  const logger = dataSource.logger;
  if (!(logger instanceof QueryCountingLogger)) throw new Error('This data source was not made by createDataSource');
  return logger;
}
