/**
 * npm start: migrates, composes, starts the three subgraphs and the gateway
 * from their builds, seeds the demo data on first start, and prints the
 * gateway URL with a token per role.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, signToken } from '@salesgraph/auth';
import { composeSupergraph, readSubgraphSdl, SUBGRAPHS } from '@salesgraph/compose-supergraph';
import { demoData, graphqlData, seedDemo } from '@salesgraph/seed';
import { DATA_DIR, demoReps, developmentSecret, developmentToken, saveDemoReps } from './dev-files';
import { ProcessGroup, run, waitForOk } from './processes';

const root = join(__dirname, '../../..');
const SEEDED_MARKER = join(DATA_DIR, 'seeded');

async function main(): Promise<void> {
  const secret = developmentSecret(true);
  const env = { ...process.env, AUTH_SECRET: secret, SALESGRAPH_DATA_DIR: DATA_DIR };
  const gatewayPort = Number(process.env['GATEWAY_PORT'] ?? 4000);
  const bundle = (app: string) => join(root, 'dist/apps', app, 'main.js');

  for (const { name } of SUBGRAPHS) await run([bundle(name), 'migrate'], env);

  const composition = composeSupergraph(
    SUBGRAPHS.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}/graphql`, sdl: readSubgraphSdl(root, name).sdl })),
  );
  if (!composition.ok) throw new Error(`The subgraphs do not compose:\n${composition.errors.join('\n')}`);
  const supergraphPath = join(DATA_DIR, 'supergraph.graphql');
  writeFileSync(supergraphPath, composition.supergraphSdl);

  // One app dying leaves the others serving, as in production: the gateway answers what it still can.
  const group = new ProcessGroup((name, code, remaining) => {
    console.error(`${name} exited (${code ?? 'signal'}); ${remaining} app(s) still serving. Stop with Ctrl+C and run "npm start" to restart.`);
    if (remaining === 0) process.exit(1);
  });
  const shutdown = () => void group.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  // Producers before their consumers, so no feed is read before it is served.
  const startOrder = ['rep-performance', 'customer-relationship', 'reporting'];
  const subgraphs = [...SUBGRAPHS].sort((a, b) => startOrder.indexOf(a.name) - startOrder.indexOf(b.name));
  for (const { name, port } of subgraphs) {
    group.start(name, [bundle(name)], env);
    await waitForOk(`http://127.0.0.1:${process.env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? port}/health`);
  }
  group.start('gateway', [bundle('gateway')], { ...env, SUPERGRAPH_PATH: supergraphPath, GATEWAY_PORT: String(gatewayPort) });
  await waitForOk(`http://127.0.0.1:${gatewayPort}/ready`);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

  if (!existsSync(SEEDED_MARKER)) {
    const admin = signToken(secret, { subject: 'dev-seed', role: 'ADMIN' }, '1h');
    const existing = await graphqlData<{ salesReps: { totalCount: number } }>(gatewayUrl, admin, '{ salesReps(first: 1) { totalCount } }');
    if (existing.salesReps.totalCount > 0) {
      console.warn(`The databases hold data but ${SEEDED_MARKER} is missing: not seeding. Delete ${DATA_DIR} to start afresh.`);
    } else {
      const started = Date.now();
      console.log('Seeding the demo organisation (first start)…');
      saveDemoReps(
        await seedDemo(gatewayUrl, admin, demoData(), (rep) =>
          signToken(secret, { subject: `dev-${rep.id}`, role: rep.manager ? 'MANAGER' : 'REP', repId: rep.id, teamId: rep.teamId }, '1h'),
        ),
      );
      writeFileSync(SEEDED_MARKER, new Date().toISOString());
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
  }

  const reps = demoReps();
  const lines = ROLES.map((role) => {
    try {
      return `  ${role.padEnd(9)} ${developmentToken(secret, role)}`;
    } catch (error) {
      return `  ${role.padEnd(9)} (${(error as Error).message})`;
    }
  });
  console.log(`
salesgraph is running.
  Gateway:  ${gatewayUrl}
  Demo:     ${reps.length} reps in ${new Set(reps.map((rep) => rep.teamId)).size} teams (see ${join(DATA_DIR, 'demo-reps.json')})
Tokens (send as "Authorization: Bearer <token>"; more with "npm run -s token -- <ROLE> [repId]"):
${lines.join('\n')}
`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
