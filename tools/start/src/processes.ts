import { ChildProcess, spawn } from 'node:child_process';

/** Child processes with prefixed output, all stopped together. */
export class ProcessGroup {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (name: string, code: number | null, remaining: number) => void) {}

  start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk: Buffer) => chunk.toString().replace(/\n$/, '').split('\n').map((line) => `${name.padEnd(22)}| ${line}`).join('\n');
    child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
    child.on('exit', (code) => {
      this.children.delete(name);
      if (!this.stopping) this.onUnexpectedExit(name, code, this.children.size);
    });
    this.children.set(name, child);
    return child;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Polls a URL until it answers 200. */
export async function waitForOk(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
