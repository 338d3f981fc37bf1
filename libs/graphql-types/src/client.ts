import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

/** What our subgraphs and the gateway put in an error's extensions (docs/architecture.md#errors). */
export interface SalesgraphErrorExtensions {
  /** BAD_USER_INPUT, FORBIDDEN, UNAUTHENTICATED, CONFLICT, QUERY_TOO_COMPLEX, SERVICE_UNAVAILABLE, … */
  code?: string;
  /** The input field a BAD_USER_INPUT refers to, e.g. `input.total`. */
  field?: string;
  [key: string]: unknown;
}

/** One entry of a GraphQL response's `errors`, with our extensions typed. */
export type SalesgraphError = GraphQLFormattedError & { readonly extensions?: SalesgraphErrorExtensions };

/** A response as the server sent it: for callers that read partial data next to its errors. */
export interface GraphQLResult<TData> {
  /** The HTTP status: 200, or e.g. 400/401/403 for requests refused before execution. */
  status: number;
  data?: TData | null;
  errors?: SalesgraphError[];
}

/** A request that did not give data: GraphQL errors (with their codes, fields and paths) or an answer that was not GraphQL at all. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the answer. */
    readonly status: number,
    /** The GraphQL errors; empty when the body was not a GraphQL response. */
    readonly errors: readonly SalesgraphError[],
    /** Whatever data came with the errors (fields that could be answered). */
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** The first error's extensions code, e.g. `BAD_USER_INPUT`. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface ClientOptions {
  /** The gateway's /graphql URL. */
  url: string;
  /** A user token, sent as `Authorization: Bearer`. */
  token?: string;
  headers?: Record<string, string>;
}

/** Variables as an argument that may be left out when the operation has none to require. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface GraphQLClient {
  /** The data of an operation that must succeed; throws GraphQLRequestError with the errors otherwise. */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<TData>;
  /** The whole answer, data and errors side by side; throws GraphQLRequestError only when the answer is not GraphQL. */
  execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<GraphQLResult<TData>>;
}

/**
 * A small typed client over global fetch for documents generated from
 * .graphql operation files (see README, "For frontend teams"): the result
 * and variables types come from the document.
 */
export function createClient(options: ClientOptions): GraphQLClient {
  const execute = async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<GraphQLResult<TData>> => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    // Refusals before execution (401, 400 QUERY_TOO_COMPLEX, 413, …) still come as GraphQL bodies: hand them on as such.
    if (!isGraphQLBody(body)) {
      throw new GraphQLRequestError(`HTTP ${response.status} from ${options.url} without a GraphQL body: ${text.slice(0, 200)}`, response.status, []);
    }
    return {
      status: response.status,
      ...(body.data !== undefined ? { data: body.data as TData | null } : {}),
      ...(body.errors ? { errors: body.errors } : {}),
    };
  };
  return {
    execute: (document, ...[variables]) => execute(document, variables),
    async request(document, ...[variables]) {
      const result = await execute(document, variables);
      if (result.errors?.length || result.data == null) {
        const errors = result.errors ?? [];
        const summary = errors.map(
          (error) => `${error.message} (${[error.extensions?.code, error.extensions?.field ?? error.path?.join('.')].filter(Boolean).join(' ')})`,
        );
        throw new GraphQLRequestError(summary.join('; ') || `HTTP ${result.status}: no data`, result.status, errors, result.data);
      }
      return result.data;
    },
  };
}

function isGraphQLBody(body: unknown): body is { data?: unknown; errors?: SalesgraphError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  return (data !== undefined || errors !== undefined) && (errors === undefined || Array.isArray(errors));
}
