/**
 * Work a subgraph process does on a timer (e.g. the customer lifecycle):
 * first soon after start, then every interval. A run never overlaps the one
 * before it in the same process; a job must itself be safe with several
 * replicas running it at once (decide each change under a row lock or with a
 * guarded UPDATE) and idempotent, since every replica runs it.
 */
export interface PeriodicJob {
  /** Named in the log when a run fails. */
  readonly name: string;
  /** Time between the end of one run and the start of the next (ms). */
  readonly intervalMs: number;
  /** Delay before the first run (ms); default 0. */
  readonly firstRunAfterMs?: number;
  run(): Promise<unknown>;
}

export interface RunningJobs {
  /** Stops the timers and waits for a run under way to end. */
  stop(): Promise<void>;
}

/** Starts each job on its timer; a failed run is logged and the job tries again at its next turn. */
export function startPeriodicJobs(jobs: readonly PeriodicJob[], log: (line: string) => void): RunningJobs {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  const schedule = (job: PeriodicJob, delay: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      const run = job
        .run()
        .then(
          () => undefined,
          (error: unknown) =>
            log(`${job.name} failed (${error instanceof Error ? error.message : String(error)}); trying again in ${Math.round(job.intervalMs / 1000)} s`),
        )
        .finally(() => {
          inFlight.delete(run);
          schedule(job, job.intervalMs);
        });
      inFlight.add(run);
    }, delay);
    // A timer alone never keeps the process alive.
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, job.firstRunAfterMs ?? 0);
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...inFlight]);
    },
  };
}
