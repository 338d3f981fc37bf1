import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphSource {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

export type Composition = { ok: true; supergraphSdl: string; apiSchemaSdl: string } | { ok: false; errors: string[] };

/** Composes subgraph SDLs into the supergraph the gateway loads, and the API schema clients see. */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Composition {
  let parsed;
  try {
    parsed = subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) }));
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  const result = composeServices(parsed);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((error) => `${error.extensions?.['code'] ?? 'ERROR'}: ${error.message}`) };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}
