import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { AuthenticationError, bearerToken, describeTokenKind, signGatewayCredential, VerifiedToken, verifyAnyToken } from '@salesgraph/auth';
import { graphqlHttpErrors, hideExpressStackTraces, inputBoundsPlugin, jsonBody } from '@salesgraph/subgraph-kit';
import express from 'express';
import { GraphQLError } from 'graphql';
import { clientError } from './client-errors';
import { corsFor, corsOrigins } from './cors';
import { exposeQueryPlans } from './exposure';
import { failurePathsPlugin } from './failure-paths';
import { GatewayContext, requestIdFrom } from './gateway-context';
import { documentCache, queryLimits, queryPlanCache, withQueryLimitDetails } from './query-limits';
import { SubgraphDataSource } from './subgraph-data-source';
import { supergraphFromFile } from './supergraph-file';

export interface GatewayOptions {
  readonly supergraphPath: string;
  readonly secret: string;
  readonly port: number;
  readonly host?: string;
  /** Per-subgraph URL overrides by subgraph name; the supergraph's URLs otherwise. */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
  /** How long one subgraph call may take. */
  readonly subgraphTimeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Where the mode and its settings (NODE_ENV, EXPOSE_QUERY_PLANS, CORS_ORIGINS) are read; process.env by default. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;

/** The federated endpoint: /graphql, /health (live) and /ready (supergraph loaded and subgraphs answering). */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = options.log ?? ((line: string) => console.log(`[gateway] ${line}`));
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const origins = corsOrigins(options.env ?? process.env);
  const subgraphs = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(options.supergraphPath, log),
    __exposeQueryPlanExperimental: exposeQueryPlans(options.env ?? process.env),
    queryPlannerConfig: { cache: queryPlanCache() },
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      subgraphs.set(name, target);
      return new SubgraphDataSource(name, target, timeoutMs, log);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  hideExpressStackTraces(app);
  const httpServer = new Server(app);
  const limits = queryLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Signed-in users may introspect in every mode; Apollo's default would turn it off under NODE_ENV=production.
    introspection: true,
    documentStore: documentCache(),
    // No "did you mean …" in errors: suggestions would map the schema for anyone probing it.
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: limits.parseOptions,
    formatError: withQueryLimitDetails(clientError),
    plugins: [
      ...limits.plugins,
      inputBoundsPlugin(),
      failurePathsPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      [...subgraphs].map(async ([name, url]) => {
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? 'ready' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const ready = checks.length > 0 && checks.every(([, status]) => status === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', supergraph: checks.length > 0, subgraphs: Object.fromEntries(checks) });
  });

  app.use(
    '/graphql',
    corsFor(origins),
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const token = bearerToken(req.header('authorization'));
        if (!token) throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
        let verified: VerifiedToken;
        try {
          verified = verifyAnyToken(options.secret, token);
        } catch (error) {
          throw unauthenticated(error instanceof AuthenticationError ? error.message : 'Authentication failed');
        }
        // A service token or the gateway's own credential would act with full scope and past the query limits.
        if (verified.kind !== 'user') throw forbidden(`The gateway takes user tokens only: this was ${describeTokenKind(verified.kind)}`);
        const requestId = requestIdFrom(req.header('x-request-id'));
        return { viewer: verified.viewer, requestId, credential: signGatewayCredential(options.secret, verified.viewer, requestId) };
      },
    }),
  );
  app.use(graphqlHttpErrors(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
