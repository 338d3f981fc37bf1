import { startPeriodicJobs } from './periodic-jobs';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('periodic jobs', () => {
  it('runs a job at once and then every interval, never two runs at a time, and stops waiting for the run under way', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const jobs = startPeriodicJobs(
      [
        {
          name: 'slow',
          intervalMs: 5,
          run: async () => {
            running += 1;
            most = Math.max(most, running);
            await wait(20);
            runs += 1;
            running -= 1;
          },
        },
      ],
      () => undefined,
    );
    await wait(120);
    await jobs.stop();
    const after = runs;
    expect(after).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(running).toBe(0);
    await wait(40);
    expect(runs).toBe(after);
  });

  it('logs a failed run and tries again at the next turn', async () => {
    const lines: string[] = [];
    let calls = 0;
    const jobs = startPeriodicJobs(
      [
        {
          name: 'customer lifecycle',
          intervalMs: 5,
          run: async () => {
            calls += 1;
            if (calls === 1) throw new Error('database unreachable');
          },
        },
      ],
      (line) => lines.push(line),
    );
    await wait(60);
    await jobs.stop();
    expect(lines[0]).toBe('customer lifecycle failed (database unreachable); trying again in 0 s');
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('waits for the first run as asked', async () => {
    let calls = 0;
    const jobs = startPeriodicJobs([{ name: 'later', intervalMs: 1_000, firstRunAfterMs: 1_000, run: async () => void (calls += 1) }], () => undefined);
    await wait(30);
    await jobs.stop();
    expect(calls).toBe(0);
  });
});
