import { authSecret } from '@salesgraph/auth';
import { createDataSource, migrate, redactUrl, resolveDatabaseUrl } from '@salesgraph/persistence';
import { startSubgraph } from './server';
import { settingPrefix, SubgraphDefinition } from './subgraph-definition';

/**
 * The entry point of a subgraph process.
 *   main.js migrate   applies pending migrations and exits
 *   main.js           serves; refuses to start on an unmigrated database
 */
export async function runSubgraph<L, S>(definition: SubgraphDefinition<L, S>, argv = process.argv.slice(2), env = process.env): Promise<void> {
  const log = (line: string) => console.log(`[${definition.name}] ${line}`);
  const url = resolveDatabaseUrl(definition.name, env);
  const dataSource = createDataSource(definition.database, url);
  await dataSource.initialize();

  if (argv[0] === 'migrate') {
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
