import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signToken, Viewer } from '@salesgraph/auth';
import { DatabaseKind } from '@salesgraph/persistence';
import {
  createClient,
  CreateCustomerDocument,
  CreateCustomerInput,
  CreateTeamDocument,
  GraphQLClient,
  RegisterSalesRepDocument,
  SalesgraphError,
} from '@salesgraph/graphql-types';
import { createTestDatabase, TestDatabase } from '@salesgraph/persistence/testing';
import { waitForOk } from '@salesgraph/start';

const root = resolve(__dirname, '../../..');
export const SECRET = 'e2e-secret-for-salesgraph-end-to-end-0000';
const SUBGRAPHS = ['customer-relationship', 'rep-performance', 'reporting'] as const;
export type AppName = (typeof SUBGRAPHS)[number] | 'gateway';
export const admin: Viewer = { subject: 'admin', role: 'ADMIN' };
export const director: Viewer = { subject: 'director', role: 'DIRECTOR' };
/** A rep as their token names them. */
export type RepViewer = Viewer & { repId: string; teamId: string };

/**
 * `label` with a suffix no other test uses. Each test makes its own teams,
 * reps and customers under such names and reads only those, so that it passes
 * alone and in any order; names are unique where the apps require it (teams,
 * branches, emails, templates, plans) and searchable where a test filters.
 */
export function uniqueName(label: string): string {
  return `${label} ${randomBytes(4).toString('hex')}`;
}

/** The four apps as real processes from their builds, each subgraph on its own database. */
export class Suite {
  readonly ports = new Map<AppName, number>();
  readonly processes = new Map<AppName, ChildProcess>();
  readonly databases = new Map<string, TestDatabase>();
  readonly output: string[] = [];
  supergraphPath = '';

  constructor(
    private readonly kind: DatabaseKind,
    /** Settings of the apps that a suite needs other than the defaults here (e.g. a longer subgraph timeout). */
    private readonly settings: NodeJS.ProcessEnv = {},
  ) {}

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.get('gateway')}/graphql`;
  }

  subgraphUrl(name: AppName): string {
    return `http://127.0.0.1:${this.ports.get(name)}/graphql`;
  }

  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      AUTH_SECRET: SECRET,
      SUBGRAPH_TIMEOUT_MS: '1500',
      SUPERGRAPH_PATH: this.supergraphPath,
      ...this.settings,
    };
    for (const name of SUBGRAPHS) {
      const prefix = name.toUpperCase().replace(/-/g, '_');
      env[`${prefix}_DATABASE_URL`] = this.databases.get(name)?.url;
      env[`${prefix}_PORT`] = String(this.ports.get(name));
      env[`${prefix}_URL`] = this.subgraphUrl(name);
      env[`${prefix}_FEED_URL`] = this.subgraphUrl(name).replace('/graphql', '/events');
    }
    env['GATEWAY_PORT'] = String(this.ports.get('gateway'));
    return env;
  }

  async start(): Promise<void> {
    for (const name of [...SUBGRAPHS, 'gateway'] as const) this.ports.set(name, await freePort());
    for (const name of SUBGRAPHS) this.databases.set(name, await createTestDatabase(this.kind, `e2e_${name}`));
    // A copy the test may rewrite, to watch the gateway reload it.
    this.supergraphPath = join(mkdtempSync(join(tmpdir(), 'salesgraph-e2e-')), 'supergraph.graphql');
    copyFileSync(join(root, 'supergraph.graphql'), this.supergraphPath);
    for (const name of SUBGRAPHS) await this.run(name, ['migrate']);
    for (const name of [...SUBGRAPHS, 'gateway'] as const) await this.startApp(name);
  }

  async startApp(name: AppName): Promise<void> {
    const child = spawn(process.execPath, [join(root, 'dist/apps', name, 'main.js')], { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(`${name}: ${chunk}`));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(`${name}: ${chunk}`));
    this.processes.set(name, child);
    await waitForOk(`http://127.0.0.1:${this.ports.get(name)}/health`, 20_000);
  }

  async stopApp(name: AppName): Promise<void> {
    const child = this.processes.get(name);
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolveExit) => {
      child.once('exit', () => resolveExit());
      child.kill('SIGKILL');
    });
    this.processes.delete(name);
  }

  /**
   * Runs `during` with `name` stopped, then starts it again and waits until it
   * is ready, however `during` ends: no test leaves an app down for the next.
   */
  async whileStopped<T>(name: AppName, during: () => Promise<T>): Promise<T> {
    await this.stopApp(name);
    try {
      return await during();
    } finally {
      await this.startApp(name);
      await waitForOk(`http://127.0.0.1:${this.ports.get(name)}/ready`, 20_000);
    }
  }

  async stop(): Promise<void> {
    for (const name of this.processes.keys()) await this.stopApp(name);
    for (const database of this.databases.values()) await database.drop();
  }

  /** The typed client (libs/graphql-types) on the gateway as `viewer`, or with no token. */
  as(viewer: Viewer | undefined): GraphQLClient {
    return createClient({ url: this.gatewayUrl, token: viewer ? signToken(SECRET, viewer) : undefined });
  }

  /** A new team, named `name` (team names are unique: see uniqueName). */
  async createTeam(name: string): Promise<string> {
    return (await this.as(admin).request(CreateTeamDocument, { input: { name } })).createTeam.id;
  }

  /** A new rep of the team, with an email of their own, as the viewer their token carries (a MANAGER manages the team). */
  async registerRep(name: string, teamId: string, role: 'REP' | 'MANAGER' = 'REP'): Promise<RepViewer> {
    const handle = uniqueName(name.toLowerCase()).replace(/\s+/g, '-');
    const input = { name, email: `${handle}@example.com`, type: 'BOTH', teamId } as const;
    const repId = (await this.as(admin).request(RegisterSalesRepDocument, { input })).registerSalesRep.id;
    return { subject: handle, role, repId, teamId };
  }

  /** A new customer of `owner`'s, filed by a director once customer-relationship has learnt of the rep from rep-performance's feed. */
  async createCustomer(owner: RepViewer, name: string, input: Partial<CreateCustomerInput> = {}): Promise<string> {
    return eventually(async () => {
      const result = await this.as(director).execute(CreateCustomerDocument, { input: { name, class: 'A', ownerId: owner.repId, ...input } });
      return result.data?.createCustomer.id;
    });
  }

  /**
   * A query as a string, posted as it is: only for tests of what the typed
   * client cannot send by design (documents over the depth, alias or cost
   * limits, built at run time); everything else goes through `as(viewer)`.
   */
  async raw(viewer: Viewer, query: string): Promise<{ status: number; data?: unknown; errors?: SalesgraphError[] }> {
    const response = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signToken(SECRET, viewer)}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: SalesgraphError[] }) };
  }

  private run(name: AppName, args: string[]): Promise<void> {
    return new Promise((resolveRun, reject) => {
      const child = spawn(process.execPath, [join(root, 'dist/apps', name, 'main.js'), ...args], { env: this.env(), stdio: 'pipe' });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk));
      child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${name} ${args.join(' ')} failed: ${output}`))));
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `check` returns a value, for effects that travel through event feeds. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
