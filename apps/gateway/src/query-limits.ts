import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Bounds on what one request may ask for, so a single query cannot fan out across every subgraph without end. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 } as const;

/** graphql-armor's validation rules and plugins for the gateway's Apollo Server. */
export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Suggestions ("did you mean …") would map the schema for anyone probing it.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
