import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Viewer } from '@salesgraph/auth';
import { FeedConsumer } from '@salesgraph/events';
import { createDataSource, DatabaseKind, migrate } from '@salesgraph/persistence';
import { createTestDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { DataSource } from 'typeorm';
import { confirmedViewer, contextFor, RunningSubgraph, startSubgraph } from '../server';
import { ConsumerDeps, SubgraphDefinition } from '../subgraph-definition';

export const TEST_SECRET = 'test-secret-for-salesgraph-tests-only-000';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestSubgraph {
  readonly database: TestDatabase;
  readonly dataSource: DataSource;
  readonly running: RunningSubgraph;
  /** Runs an operation in-process as `viewer`, through the real schema, resolvers and database. */
  execute(viewer: Viewer, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult>;
  stop(): Promise<void>;
}

/** A subgraph on a fresh, migrated database of the given kind, listening on a free port. */
export async function startTestSubgraph<L, S>(
  definition: SubgraphDefinition<L, S>,
  kind: DatabaseKind,
  options: { consume?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(kind, definition.name);
  const dataSource = createDataSource(definition.database, database.url);
  let running: RunningSubgraph;
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    running = await startSubgraph(definition, {
      dataSource,
      secret: TEST_SECRET,
      port: 0,
      consume: options.consume ?? false,
      env: options.env ?? {},
      log: () => undefined,
    });
  } catch (error) {
    // Leave nothing open behind a failed start, or Jest waits on the pool for ever.
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
    throw error;
  }
  return serving(definition, database, dataSource, running, async () => {
    await running.stop();
    await dataSource.destroy();
    await database.drop();
  });
}

/**
 * Another replica of a running test subgraph (docs/architecture.md#scale-out):
 * its own data source, pool and server on the same database, so nothing held
 * in one process (the transact() queue, caches) is shared with the first; only
 * the database is. Stopping it leaves the database to the first.
 */
export async function startTestReplica<L, S>(definition: SubgraphDefinition<L, S>, of: TestSubgraph): Promise<TestSubgraph> {
  const dataSource = createDataSource(definition.database, of.database.url);
  let running: RunningSubgraph;
  try {
    await dataSource.initialize();
    running = await startSubgraph(definition, { dataSource, secret: TEST_SECRET, port: 0, consume: false, env: {}, log: () => undefined });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
  return serving(definition, of.database, dataSource, running, async () => {
    await running.stop();
    await dataSource.destroy();
  });
}

function serving<L, S>(
  definition: SubgraphDefinition<L, S>,
  database: TestDatabase,
  dataSource: DataSource,
  running: RunningSubgraph,
  stop: () => Promise<void>,
): TestSubgraph {
  return {
    database,
    dataSource,
    running,
    execute: async (viewer, query, variables) => {
      const response = await running.apollo.executeOperation(
        { query, variables },
        { contextValue: contextFor(definition, dataSource, running.services as S, await confirmedViewer(definition, dataSource, viewer)) as never },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResult;
    },
    stop,
  };
}

/** The single error of a result, failing loudly if there is not exactly one. */
export function onlyError(result: GraphQLResult) {
  if (result.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(result.errors)}`);
  return result.errors[0];
}

/**
 * The SDL files under an app's source folder that its typeDefs do not serve:
 * the compose tool reads the folder, the app its import list, and the two must agree.
 */
export function unservedSdlFiles(typeDefs: readonly string[], srcDir: string): string[] {
  const files = (readdirSync(srcDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.graphql'));
  return files.filter((file) => !typeDefs.includes(readFileSync(join(srcDir, file), 'utf8')));
}

/** What a consumer needs when a test hands it events itself: no feed to call, no token, nothing to report. */
export function handFedConsumerDeps(dataSource: DataSource): ConsumerDeps {
  return { dataSource, env: {}, serviceToken: () => '', onError: () => undefined, onRecovered: () => undefined };
}

/** A subgraph's consumer of one producer's feed, with every feature's handlers, to be fed events by hand (`apply`). */
export function handFedConsumer<L, S>(definition: SubgraphDefinition<L, S>, dataSource: DataSource, feed: string): FeedConsumer {
  const consumer = definition.consumers?.(handFedConsumerDeps(dataSource)).find((candidate) => candidate.feed === feed);
  if (!consumer) throw new Error(`${definition.name} reads no feed ${feed}`);
  return consumer;
}
