import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The subgraphs of the supergraph, with the port each listens on by default. */
export const SUBGRAPHS = [
  { name: 'customer-relationship', port: 4001 },
  { name: 'rep-performance', port: 4002 },
  { name: 'reporting', port: 4003 },
] as const;

export const COMMON_SDL_FILE = 'libs/subgraph-kit/src/common.graphql';

/** Every .graphql file under a folder, in a stable order. */
export function graphqlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...graphqlFiles(path));
    else if (entry.name.endsWith('.graphql')) found.push(path);
  }
  return found.sort();
}

/** A subgraph's SDL as it serves it: the kit's common SDL, then every feature file of the app. */
export function readSubgraphSdl(root: string, name: string): { sdl: string; files: string[] } {
  const files = [join(root, COMMON_SDL_FILE), ...graphqlFiles(join(root, 'apps', name, 'src'))];
  return { sdl: files.map((file) => readFileSync(file, 'utf8')).join('\n'), files: files.map((file) => relative(root, file)) };
}
