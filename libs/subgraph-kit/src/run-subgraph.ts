import { authSecret } from '@salesgraph/auth';
import { createDataSource, databaseLimits, migrate, redactUrl, resolveDatabaseUrl } from '@salesgraph/persistence';
import { DEFAULT_REQUEST_DEADLINE_MS, startSubgraph } from './server';
import { settingPrefix, SubgraphDefinition } from './subgraph-definition';

/**
 * The entry point of a subgraph process.
 *   main.js migrate   applies pending migrations and exits
 *   main.js           serves; refuses to start on an unmigrated database
 */
export async function runSubgraph<L, S>(definition: SubgraphDefinition<L, S>, argv = process.argv.slice(2), env = process.env): Promise<void> {
  const log = (line: string) => console.log(`[${definition.name}] ${line}`);
  const url = resolveDatabaseUrl(definition.name, env);
  const limits = databaseLimits(env);
  // A migration may rebuild a large table: it gets an hour per statement, not a request's seconds.
  const migrating = argv[0] === 'migrate';
  const dataSource = createDataSource(definition.database, url, migrating ? { ...limits, statementTimeoutMs: 3_600_000, lockWaitTimeoutSeconds: 50 } : limits);
  await dataSource.initialize();

  if (migrating) {
    const applied = await migrate(dataSource);
    log(applied.length ? `migrated ${redactUrl(url)}: ${applied.join(', ')}` : `${redactUrl(url)} is up to date`);
    await dataSource.destroy();
    return;
  }
  if (argv.length > 0) throw new Error(`unknown command "${argv.join(' ')}": use "migrate" or nothing`);
  if (await dataSource.showMigrations()) {
    throw new Error(`${redactUrl(url)} has pending migrations: run "main.js migrate" first`);
  }

  const port = Number(env[`${settingPrefix(definition.name)}_PORT`] ?? env['PORT'] ?? definition.defaultPort);
  const running = await startSubgraph(definition, {
    dataSource,
    secret: authSecret(env),
    port,
    host: env['HOST'] ?? '127.0.0.1',
    env,
    log,
    requestDeadlineMs: requestDeadline(env),
  });
  log(`serving ${running.url} on ${redactUrl(url)}`);

  const shutdown = async (signal: string) => {
    log(`${signal}: stopping`);
    await running.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** `main.ts` of every subgraph: runs and turns a start-up failure into one line and a non-zero exit. */
export function main<L, S>(definition: SubgraphDefinition<L, S>): void {
  runSubgraph(definition).catch((error: Error) => {
    console.error(`[${definition.name}] ${error.message}`);
    process.exit(1);
  });
}

/** REQUEST_DEADLINE_MS: how long a subgraph request may work before its writes are rolled back. */
function requestDeadline(env: NodeJS.ProcessEnv): number {
  const raw = env['REQUEST_DEADLINE_MS'];
  if (raw === undefined || raw === '') return DEFAULT_REQUEST_DEADLINE_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100) throw new Error(`REQUEST_DEADLINE_MS must be a whole number of milliseconds, at least 100, not "${raw}"`);
  return value;
}
