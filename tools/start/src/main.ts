/**
 * npm start: migrates, composes, starts the three subgraphs and the gateway
 * from their builds, seeds the demo data on first start, and prints the
 * gateway URL with a token per role. A start that fails, or is interrupted,
 * stops every process it started and says in one line what failed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { ROLES, signToken } from '@salesgraph/auth';
import { composeSupergraph, readSubgraphSdl, SUBGRAPHS } from '@salesgraph/compose-supergraph';
import { createClient, StartRepCountDocument } from '@salesgraph/graphql-types';
import { demoData, seedDemo } from '@salesgraph/seed';
import { DATA_DIR, demoReps, developmentSecret, developmentToken, saveDemoReps } from './dev-files';
import { ProcessGroup, waitForOk } from './processes';

const root = join(__dirname, '../../..');
const SEEDED_MARKER = join(DATA_DIR, 'seeded');
const prefixOf = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** The signal that asked the start to stop. */
class Interrupted extends Error {}

let serving = false;
// One app dying once everything is up leaves the others serving, as in production: the gateway answers what it still can.
const group = new ProcessGroup((name, code, remaining) => {
  if (!serving) return; // the step waiting on it fails instead
  console.error(`${name} exited (${code ?? 'signal'}); ${remaining} app(s) still serving. Stop with Ctrl+C and run "npm start" to restart.`);
  if (remaining === 0) process.exit(1);
});
// Whatever way this process ends, nothing it started outlives it.
process.on('exit', () => group.killNow());

let interrupt: (signal: NodeJS.Signals) => void = () => undefined;
const interrupted = new Promise<never>((_, reject) => {
  interrupt = (signal) => reject(new Interrupted(signal));
});
interrupted.catch(() => undefined);

/** What the start is doing, for the line that says what failed. */
let step = 'starting';
async function during<T>(what: string, work: () => Promise<T>): Promise<T> {
  step = what;
  return Promise.race([group.whileAppsRun(work()), interrupted]);
}

/** The local development servers a front end is usually served from (Vite, its preview, Next and the like, Angular), allowed under npm start only. */
const LOCAL_DEV_ORIGINS = [5173, 4173, 3000, 4200].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]).join(',');

async function main(): Promise<void> {
  const secret = developmentSecret(true);
  const portOf = (name: string, fallback: number) => Number(process.env[`${prefixOf(name)}_PORT`] ?? fallback);
  const ports = new Map<string, number>(SUBGRAPHS.map(({ name, port }) => [name, portOf(name, port)]));
  const gatewayPort = Number(process.env['GATEWAY_PORT'] ?? 4000);
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: secret, SALESGRAPH_DATA_DIR: DATA_DIR };
  // Consumers read the producers where this start serves them, unless told otherwise.
  for (const [name, port] of ports) env[`${prefixOf(name)}_FEED_URL`] ??= `http://127.0.0.1:${port}/events`;
  env['CORS_ORIGINS'] ??= LOCAL_DEV_ORIGINS;
  const bundle = (app: string) => join(root, 'dist/apps', app, 'main.js');

  for (const { name } of SUBGRAPHS) await during(`migrating ${name}`, () => group.run(`${name} migrate`, [bundle(name), 'migrate'], env));

  step = 'composing the supergraph';
  const composition = composeSupergraph(
    SUBGRAPHS.map(({ name }) => ({ name, url: `http://127.0.0.1:${ports.get(name)}/graphql`, sdl: readSubgraphSdl(root, name).sdl })),
  );
  if (!composition.ok) throw new Error(`the subgraphs do not compose: ${composition.errors.join('; ')}`);
  const supergraphPath = join(DATA_DIR, 'supergraph.graphql');
  writeFileSync(supergraphPath, composition.supergraphSdl);

  // Producers before their consumers, so no feed is read before it is served.
  const startOrder = ['rep-performance', 'customer-relationship', 'reporting'];
  const subgraphs = [...SUBGRAPHS].sort((a, b) => startOrder.indexOf(a.name) - startOrder.indexOf(b.name));
  for (const { name } of subgraphs) {
    await during(`starting ${name}`, async () => {
      group.start(name, [bundle(name)], env);
      await waitForOk(`http://127.0.0.1:${ports.get(name)}/health`);
    });
  }
  await during('starting the gateway', async () => {
    group.start('gateway', [bundle('gateway')], { ...env, SUPERGRAPH_PATH: supergraphPath, GATEWAY_PORT: String(gatewayPort) });
    await waitForOk(`http://127.0.0.1:${gatewayPort}/ready`);
  });
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

  if (!existsSync(SEEDED_MARKER)) {
    await during('seeding the demo data', async () => {
      const admin = signToken(secret, { subject: 'dev-seed', role: 'ADMIN' }, '1h');
      const existing = await createClient({ url: gatewayUrl, token: admin }).request(StartRepCountDocument);
      if (existing.salesReps.totalCount > 0) {
        console.warn(`The databases hold data but ${SEEDED_MARKER} is missing: not seeding. Delete ${DATA_DIR} to start afresh.`);
        return;
      }
      const started = Date.now();
      console.log('Seeding the demo organisation (first start)…');
      saveDemoReps(
        await seedDemo(gatewayUrl, admin, demoData(), (rep) =>
          signToken(secret, { subject: `dev-${rep.id}`, role: rep.manager ? 'MANAGER' : 'REP', repId: rep.id, teamId: rep.teamId }, '1h'),
        ),
      );
      writeFileSync(SEEDED_MARKER, new Date().toISOString());
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    });
  }

  const reps = demoReps();
  const lines = ROLES.map((role) => {
    try {
      return `  ${role.padEnd(9)} ${developmentToken(secret, role)}`;
    } catch (error) {
      return `  ${role.padEnd(9)} (${(error as Error).message})`;
    }
  });
  serving = true;
  console.log(`
salesgraph is running.
  Gateway:  ${gatewayUrl}
  Demo:     ${reps.length} reps in ${new Set(reps.map((rep) => rep.teamId)).size} teams (see ${join(DATA_DIR, 'demo-reps.json')})
  Browsers: ${env['CORS_ORIGINS'] || 'none (set CORS_ORIGINS)'} may call it
  Plans:    ${process.env['EXPOSE_QUERY_PLANS'] === 'true' ? 'answered on the Apollo-Query-Plan-Experimental header' : 'not shown (EXPOSE_QUERY_PLANS=true npm start shows them)'}
Tokens (send as "Authorization: Bearer <token>"; more with "npm run -s token -- <ROLE> [repId]"):
${lines.join('\n')}
`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (!serving) return interrupt(signal);
    void group.stop().then(() => process.exit(0));
  });
}

main().catch(async (error: Error) => {
  const apps = group.running;
  await group.stop();
  const stopped = apps.length ? ` (stopped ${apps.join(', ')})` : '';
  if (error instanceof Interrupted) {
    console.error(`npm start interrupted by ${error.message} while ${step}${stopped}`);
    process.exit(128 + (constants.signals[error.message as NodeJS.Signals] ?? 0));
  }
  console.error(`npm start failed while ${step}: ${error.message.replace(/\s*\n\s*/g, ' ')}${stopped}`);
  process.exit(1);
});
