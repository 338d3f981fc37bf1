import { ChildProcess, spawn } from 'node:child_process';

/**
 * Everything a start runs as a child process — one-off commands and the
 * long-running apps — so that every way out of the start stops all of it.
 */
export class ProcessGroup {
  private readonly children = new Map<string, ChildProcess>();
  private readonly apps = new Set<string>();
  private readonly exitWatchers = new Set<(error: Error) => void>();
  private stopping = false;

  /** `onUnexpectedExit` hears of an app that exits while the group is not stopping. */
  constructor(private readonly onUnexpectedExit: (name: string, code: number | null, remaining: number) => void = () => undefined) {}

  /** The apps still running. */
  get running(): string[] {
    return [...this.apps];
  }

  /** Starts a long-running app with prefixed output. */
  start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    this.assertNotStopping(name);
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `${name.padEnd(22)}| ${line}`)
        .join('\n');
    child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
    this.children.set(name, child);
    this.apps.add(name);
    child.on('exit', (code, signal) => {
      this.children.delete(name);
      this.apps.delete(name);
      if (this.stopping) return;
      const error = new Error(`${name} exited (${code ?? signal})`);
      for (const watcher of this.exitWatchers) watcher(error);
      this.onUnexpectedExit(name, code, this.apps.size);
    });
    return child;
  }

  /** Runs a command to completion (its output passed through); rejects when it fails. */
  run(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
    this.assertNotStopping(name);
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
      this.children.set(name, child);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        this.children.delete(name);
        if (code === 0) resolve();
        else reject(new Error(`${name} exited with ${code ?? signal}`));
      });
    });
  }

  /** `work`, unless one of the apps exits first: a start-up step fails at once instead of waiting out its timeout. */
  whileAppsRun<T>(work: Promise<T>): Promise<T> {
    let watcher: (error: Error) => void = () => undefined;
    const exited = new Promise<never>((_, reject) => {
      watcher = reject;
      this.exitWatchers.add(watcher);
    });
    return Promise.race([work, exited]).finally(() => this.exitWatchers.delete(watcher));
  }

  /**
   * Stops everything: SIGTERM (the apps drain and close their databases),
   * SIGKILL for whatever is still running after `graceMs`. Resolves once every child has exited.
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  /** For `process.on('exit')`, where nothing asynchronous runs: whatever is still running is killed outright. */
  killNow(): void {
    this.stopping = true;
    for (const child of this.children.values()) child.kill('SIGKILL');
  }

  private assertNotStopping(name: string): void {
    if (this.stopping) throw new Error(`not starting ${name}: stopping`);
  }
}

/** Polls a URL until it answers 200; the error says what it last answered. */
export async function waitForOk(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      last = `${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
