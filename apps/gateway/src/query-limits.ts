import type { GatewayConfig } from '@apollo/gateway';
import { boundedCache, formatQueryLimitError, queryLimitsParseOptions, queryLimitsPlugin } from '@salesgraph/subgraph-kit';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;

/**
 * The query limits every subgraph also applies (libs/subgraph-kit/src/query-limits.ts),
 * checked here before a query is planned or any subgraph is called.
 */
export function queryLimits() {
  return { plugins: [queryLimitsPlugin()], parseOptions: queryLimitsParseOptions() };
}

/**
 * Query plans kept for reuse. The gateway's default store is bounded by 30 MiB
 * of plans' JSON, which holds thousands of plans several times that size on
 * the heap: memory grew with every distinct query shape. An entry bound keeps it flat.
 */
export function queryPlanCache(): QueryPlanCache {
  return boundedCache();
}

/** Parsed and validated documents kept for reuse, bounded for the same reason as query plans. */
export function documentCache() {
  return boundedCache<DocumentNode>();
}

/**
 * A query-limit refusal with which limit, the measured value and the limit, so
 * the client can tell what to shrink; any other error as `format` shows it.
 */
export function withQueryLimitDetails(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => formatQueryLimitError(formatted) ?? format(formatted, error);
}
