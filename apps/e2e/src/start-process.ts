import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** `npm start` after its build step, as a process: the start script on the built apps. */
export class StartProcess {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn(join(root, 'node_modules/.bin/tsx'), ['tools/start/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) =>
      this.output.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line.length > 0),
      );
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolveExit) => this.child.once('exit', (code, signal) => resolveExit({ code, signal })));
  }

  /** Resolves when a line matches, rejects if the start exits first or time runs out, with the output's tail. */
  async waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      const line = this.output.find((candidate) => pattern.test(candidate));
      if (line) return line;
      if (exited || Date.now() > deadline) {
        throw new Error(`npm start ${exited ? 'exited' : `did not print ${pattern} within ${timeoutMs / 1000}s`}; it said:\n${this.tail()}`);
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    }
  }

  /** Asks the start to stop, as Ctrl+C in a terminal would. */
  interrupt(): void {
    this.child.kill('SIGINT');
  }

  tail(lines = 40): string {
    return this.output
      .slice(-lines)
      .map((line) => line.slice(0, 400))
      .join('\n');
  }
}

/** The processes whose environment holds `SALESGRAPH_DATA_DIR=<dataDir>`: whatever a start with that data directory started and left. */
export function processesOf(dataDir: string): Array<{ pid: number; command: string }> {
  const found: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`SALESGRAPH_DATA_DIR=${dataDir}`)) continue;
      found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Kills what a failed test left, so that a red run does not hold ports for the next. */
export function killLeftovers(dataDir: string): void {
  for (const { pid } of processesOf(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** The ports of `ports` something still listens on. */
export async function portsInUse(ports: number[]): Promise<number[]> {
  const busy: number[] = [];
  for (const port of ports) {
    const free = await new Promise<boolean>((resolvePort) => {
      const server = createServer();
      server.once('error', () => resolvePort(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
    });
    if (!free) busy.push(port);
  }
  return busy;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Settings for a start of its own: its data directory, secret and ports, nothing inherited from the developer's shell but PATH. */
export async function startSettings(
  dataDir: string,
  secret: string,
): Promise<{ env: NodeJS.ProcessEnv; ports: Record<'gateway' | 'customer-relationship' | 'rep-performance' | 'reporting', number> }> {
  const ports = { gateway: await freePort(), 'customer-relationship': await freePort(), 'rep-performance': await freePort(), reporting: await freePort() };
  return {
    ports,
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      SALESGRAPH_DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      GATEWAY_PORT: String(ports.gateway),
      CUSTOMER_RELATIONSHIP_PORT: String(ports['customer-relationship']),
      REP_PERFORMANCE_PORT: String(ports['rep-performance']),
      REPORTING_PORT: String(ports.reporting),
    },
  };
}
