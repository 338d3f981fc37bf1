/**
 * Composes the subgraphs' SDL files into supergraph.graphql (what the gateway
 * loads) and schema.graphql (the API clients see).
 *   compose            writes both files
 *   compose --check    exits 1 if the subgraphs do not compose or the files are stale
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeSupergraph } from './compose';
import { readSubgraphSdl, SUBGRAPHS } from './subgraph-sdl';

const root = resolve(__dirname, '../../..');
const check = process.argv.includes('--check');
const outDir = resolve(root, argument('--out') ?? '.');

function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const composition = composeSupergraph(
  SUBGRAPHS.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}/graphql`, sdl: readSubgraphSdl(root, name).sdl })),
);
if (!composition.ok) {
  console.error(`The subgraphs do not compose:\n${composition.errors.map((error) => `  - ${error}`).join('\n')}`);
  process.exit(1);
}

const outputs = { 'supergraph.graphql': composition.supergraphSdl, 'schema.graphql': composition.apiSchemaSdl };
if (check) {
  const stale = Object.entries(outputs).filter(([file, text]) => {
    const path = join(outDir, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (stale.length) {
    console.error(`Stale: ${stale.map(([file]) => file).join(', ')}. Run "npm run compose" and commit the result.`);
    process.exit(1);
  }
  console.log('The subgraphs compose; supergraph.graphql and schema.graphql are current.');
} else {
  for (const [file, text] of Object.entries(outputs)) {
    // Write then rename: a watching gateway never reads a half-written file.
    const path = join(outDir, file);
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }
  console.log(`Wrote ${Object.keys(outputs).join(' and ')} to ${outDir}`);
}
