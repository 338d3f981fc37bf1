/** A minimal GraphQL-over-HTTP client for tools and end-to-end tests. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of a response that must succeed; throws with the errors otherwise. */
export async function graphqlData<T = Record<string, unknown>>(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await graphql<T>(url, token, query, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(result.errors?.map((error) => error.message).join('; ') ?? 'no data');
  }
  return result.data;
}
