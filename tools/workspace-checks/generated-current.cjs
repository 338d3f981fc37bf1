// The generated files (supergraph.graphql, schema.graphql, every generated resolver and client type) are committed:
// the gateway image and other teams read them from the repository. Nx's `compose` and `codegen` targets have just
// refreshed them from the SDL; under CI, any difference from the commit means someone changed SDL without committing
// what it generates.
const { execFileSync } = require('node:child_process');

const GENERATED = ['supergraph.graphql', 'schema.graphql', 'apps/*/src/generated/*.ts', 'libs/graphql-types/src/*.generated.ts'];

if (!process.env.CI) {
  console.log('Generated files refreshed from the SDL (compared with the commit under CI only).');
  process.exit(0);
}
const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`Generated files differ from the commit:\n${changed}\nRun "npm run compose && npm run codegen" and commit the result.`);
  process.exit(1);
}
console.log('Generated files match the commit.');
