import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  AuthenticationError,
  bearerToken,
  describeTokenKind,
  signServiceToken,
  VerifiedToken,
  verifyAnyToken,
  Viewer,
  withConfirmedBranch,
} from '@salesgraph/auth';
import { ConsumerBlockedError, FeedConsumer, readFeed } from '@salesgraph/events';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLFormattedError, parse } from 'graphql';
import { classifyFailure, isUniqueViolation, runWithDeadline, TransientDatabaseError } from '@salesgraph/persistence';
import { DataSource } from 'typeorm';
import commonSdl from './common.graphql';
import { SubgraphContext } from './context';
import { isClientErrorCode, scalarLiteralError } from './errors';
import { graphqlHttpErrors, hideExpressStackTraces, jsonBody, sendGraphQLError } from './http-errors';
import { inputBoundsPlugin } from './input-bounds';
import { mergeResolvers } from './merge-resolvers';
import { boundedCache, formatQueryLimitError, queryLimitsParseOptions, queryLimitsPlugin, SUBGRAPH_QUERY_LIMITS } from './query-limits';
import { DateScalar, DateTimeScalar, MoneyScalar, PeriodScalar } from './scalars';
import { startPeriodicJobs } from './periodic-jobs';
import { SubgraphDefinition } from './subgraph-definition';

export const COMMON_SDL = commonSdl;

/** The whole SDL a subgraph serves: the kit's common types, then its features. */
export function subgraphSdl<L, S>(definition: SubgraphDefinition<L, S>): string {
  return [COMMON_SDL, ...definition.typeDefs].join('\n');
}

export interface RunningSubgraph {
  readonly url: string;
  readonly port: number;
  readonly apollo: ApolloServer<SubgraphContext>;
  /** The services the server's requests use. */
  readonly services: unknown;
  readonly consumers: FeedConsumer[];
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly dataSource: DataSource;
  readonly secret: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Start the feed consumers (default true). */
  readonly consume?: boolean;
  readonly log?: (line: string) => void;
  /** How long one request may work before its transactions are rolled back instead of committed. */
  readonly requestDeadlineMs?: number;
}

/** Below the gateway's default subgraph timeout (5,000 ms), so a request the gateway gave up on never commits. */
export const DEFAULT_REQUEST_DEADLINE_MS = 4000;

/** How long the gateway waits for this call (ms): it sends it with every subgraph request. */
export const REQUEST_TIMEOUT_HEADER = 'x-request-timeout-ms';

/**
 * A request's working time: its own deadline, and never past the gateway's
 * timeout less a margin for the answer's way back, so a write the gateway has
 * already given up on is rolled back rather than committed unseen.
 */
export function requestBudgetMs(gatewayTimeout: string | undefined, ownDeadlineMs = DEFAULT_REQUEST_DEADLINE_MS): number {
  const timeout = Number(gatewayTimeout);
  if (!gatewayTimeout || !Number.isFinite(timeout) || timeout <= 0) return ownDeadlineMs;
  return Math.min(ownDeadlineMs, Math.max(50, timeout - Math.min(500, timeout / 4)));
}

export function buildApollo<L, S>(definition: SubgraphDefinition<L, S>, httpServer?: Server): ApolloServer<SubgraphContext<L, S>> {
  const resolvers = mergeResolvers<Record<string, unknown>>(
    { Money: MoneyScalar, DateTime: DateTimeScalar, Date: DateScalar, Period: PeriodScalar },
    definition.resolvers,
  );
  const mask = maskInternalError(definition.name);
  return new ApolloServer<SubgraphContext<L, S>>({
    schema: buildSubgraphSchema({ typeDefs: parse(subgraphSdl(definition)), resolvers: resolvers as never }),
    includeStacktraceInErrorResponses: false,
    // The same in every mode (Apollo's defaults follow NODE_ENV): only the gateway can reach this, and it may introspect.
    introspection: true,
    // The gateway's limits again, for the operations it makes of a client's query (see SUBGRAPH_QUERY_LIMITS).
    parseOptions: queryLimitsParseOptions(SUBGRAPH_QUERY_LIMITS),
    documentStore: boundedCache(),
    formatError: (formatted, error) => formatQueryLimitError(formatted) ?? mask(formatted, error),
    // No Apollo usage reporting here, so no inline traces to compute.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin(SUBGRAPH_QUERY_LIMITS),
      inputBoundsPlugin(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/** Keeps client errors as they are; replaces anything else with a message that says nothing of our insides. */
export function maskInternalError(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const input = scalarLiteralError(formatted, error);
    if (input) return input;
    if (isClientErrorCode(formatted.extensions?.['code'])) return formatted;
    const cause = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
    if (cause instanceof TransientDatabaseError) return transientError(formatted, cause);
    // Two requests saved the same record at once and a unique index kept one: the loser is told, not shown a fault.
    if (isUniqueViolation(cause)) {
      return { message: 'another request saved the same record at the same moment: reload to see it', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    // A read outside any transaction that met a dropped connection or a full pool: as transient as a write's.
    if (classifyFailure(cause) !== 'other')
      return transientError(formatted, new TransientDatabaseError('the database could not answer this read', 'UNAVAILABLE'));
    console.error(`[${service}] internal error`, error);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** A database that could not answer in time: the client may retry, and is told whether anything was saved. */
function transientError(formatted: GraphQLFormattedError, cause: TransientDatabaseError): GraphQLFormattedError {
  const saved = cause.reason === 'OUTCOME_UNKNOWN' ? 'it may have been saved: retry with the same idempotency key to find out' : 'nothing was saved: try again';
  return { message: `${cause.message}; ${saved}`, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', reason: cause.reason } };
}

/** The request's viewer as this subgraph can vouch for it: a branch claim its records do not confirm is dropped. One read, only for a token that claims a branch. */
export async function confirmedViewer<L, S>(definition: SubgraphDefinition<L, S>, dataSource: DataSource, viewer: Viewer): Promise<Viewer> {
  if (!viewer.branchId) return viewer;
  const heads = viewer.repId && definition.headedBranch ? await definition.headedBranch(dataSource, viewer.repId) : null;
  return withConfirmedBranch(viewer, heads);
}

export function contextFor<L, S>(
  definition: SubgraphDefinition<L, S>,
  dataSource: DataSource,
  services: S,
  viewer: Viewer,
  requestId: string = randomUUID(),
): SubgraphContext<L, S> {
  return { viewer, requestId, dataSource, services, loaders: definition.createLoaders(dataSource, viewer, services) };
}

/**
 * Serves a subgraph: /graphql (the gateway's credential required, including
 * for `_service` and `_entities`), /events (service token), /health and /ready.
 */
export async function startSubgraph<L, S>(definition: SubgraphDefinition<L, S>, options: StartOptions): Promise<RunningSubgraph> {
  const { dataSource, secret } = options;
  const log = options.log ?? ((line: string) => console.log(`[${definition.name}] ${line}`));
  const app = express();
  app.disable('x-powered-by');
  hideExpressStackTraces(app);
  const httpServer = new Server(app);
  const apollo = buildApollo(definition, httpServer);
  await apollo.start();
  const services = definition.createServices(dataSource, options.env ?? process.env);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  // Filled once the server listens; /ready reports each consumer's status.
  let consumers: FeedConsumer[] = [];
  app.get('/ready', async (_req, res) => {
    const feeds = consumers.length > 0 ? { consumers: Object.fromEntries(consumers.map((consumer) => [consumer.feed, consumer.status()])) } : {};
    try {
      await dataSource.query('SELECT 1');
    } catch {
      res.status(503).json({ status: 'unavailable', service: definition.name, ...feeds });
      return;
    }
    // A blocked consumer is shared by every replica (one checkpoint per database): answering 503 would take the
    // whole subgraph out of service for one stale read model. Ready, but degraded, with the event that blocks it.
    const blocked = consumers.some((consumer) => consumer.status().status === 'blocked');
    res.json({ status: blocked ? 'degraded' : 'ready', service: definition.name, ...feeds });
  });

  /** The request's verified token, or a 401 already sent. */
  const verifiedBearer = (req: Request, res: Response): VerifiedToken | undefined => {
    const token = bearerToken(req.header('authorization'));
    try {
      if (!token) throw new AuthenticationError('Authentication required: send Authorization: Bearer <token>');
      return verifyAnyToken(secret, token);
    } catch (error) {
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', error instanceof AuthenticationError ? error.message : 'Authentication failed');
      return undefined;
    }
  };

  // Only the gateway's credential: a client calling a subgraph directly would skip every limit the gateway applies.
  const fromGateway = (req: Request, res: Response, next: NextFunction) => {
    const verified = verifiedBearer(req, res);
    if (!verified) return;
    if (verified.kind !== 'gateway') {
      const message = `The ${definition.name} subgraph answers only the gateway: send your request to the gateway's /graphql (this was ${describeTokenKind(verified.kind)})`;
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', message);
      return;
    }
    res.locals['viewer'] = verified.viewer;
    res.locals['requestId'] = verified.requestId;
    next();
  };

  if (definition.producesFeed) {
    app.get('/events', async (req, res) => {
      const verified = verifiedBearer(req, res);
      if (!verified) return;
      if (verified.kind !== 'service') {
        res.status(403).json({ error: `The event feed is for services (this was ${describeTokenKind(verified.kind)})` });
        return;
      }
      const after = Number(req.query['after'] ?? 0);
      const limit = Number(req.query['limit'] ?? 100);
      if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
        res.status(400).json({ error: 'after must be a whole number ≥ 0 and limit within 1…1000' });
        return;
      }
      res.json({ events: await readFeed(dataSource, after, limit) });
    });
  }

  app.use(
    '/graphql',
    fromGateway,
    jsonBody(),
    // Shorter than the gateway's subgraph timeout: work the gateway gave up on is rolled back, not committed late.
    (req: Request, _res: Response, next: NextFunction) =>
      runWithDeadline(Date.now() + requestBudgetMs(req.header(REQUEST_TIMEOUT_HEADER), options.requestDeadlineMs), next),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        contextFor(
          definition,
          dataSource,
          services,
          await confirmedViewer(definition, dataSource, res.locals['viewer'] as Viewer),
          res.locals['requestId'] as string,
        ),
    }),
  );
  app.use(graphqlHttpErrors(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;

  consumers =
    options.consume === false
      ? []
      : (definition.consumers?.({
          dataSource,
          env: options.env ?? process.env,
          serviceToken: () => signServiceToken(secret, definition.name),
          onError: (error, feed) =>
            log(error instanceof ConsumerBlockedError ? error.message : `feed ${feed} unavailable (${(error as Error).message}); retrying`),
          onRecovered: (feed, was) => log(was === 'blocked' ? `feed ${feed} moving again` : `feed ${feed} answering again`),
        }) ?? []);
  for (const consumer of consumers) consumer.start();
  // Timed work runs where the consumers run: not in a process started with consume: false (tests, one-off tools).
  const jobs = startPeriodicJobs(
    options.consume === false ? [] : (definition.periodicJobs?.({ dataSource, services, env: options.env ?? process.env, log }) ?? []),
    log,
  );

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    apollo: apollo as unknown as ApolloServer<SubgraphContext>,
    services,
    consumers,
    stop: async () => {
      await Promise.all([...consumers.map((consumer) => consumer.stop()), jobs.stop()]);
      await apollo.stop();
    },
  };
}
