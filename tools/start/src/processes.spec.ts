import { ProcessGroup } from './processes';

const alive = (pid: number | undefined) => {
  try {
    process.kill(pid ?? -1, 0);
    return true;
  } catch {
    return false;
  }
};
const forever = 'setInterval(() => undefined, 1000)';

describe('a group of started processes', () => {
  let group: ProcessGroup;
  beforeEach(() => {
    group = new ProcessGroup();
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await group.stop(100);
    jest.restoreAllMocks();
  });

  it('fails the step that waits when one of its apps exits, instead of waiting out the step', async () => {
    group.start('steady', ['-e', forever], {});
    group.start('flaky', ['-e', 'setTimeout(() => process.exit(3), 100)'], {});
    const started = Date.now();
    await expect(group.whileAppsRun(new Promise(() => undefined))).rejects.toThrow('flaky exited (3)');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(group.running).toEqual(['steady']);
  });

  it('stops apps and commands alike, killing what ignores SIGTERM once the grace is over', async () => {
    const polite = group.start('polite', ['-e', forever], {});
    const stubborn = group.start('stubborn', ['-e', `process.on('SIGTERM', () => undefined); console.log('deaf'); ${forever}`], {});
    const command = group.run('command', ['-e', forever], {}).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    // Only once it has said so does it ignore SIGTERM.
    await new Promise((resolve) => stubborn.stdout?.once('data', resolve));
    await group.stop(500);
    expect(polite.signalCode).toBe('SIGTERM');
    expect(stubborn.signalCode).toBe('SIGKILL');
    expect(await command).toBe('command exited with SIGTERM');
    expect([polite.pid, stubborn.pid].filter(alive)).toEqual([]);
    expect(group.running).toEqual([]);
    expect(() => group.start('late', ['-e', forever], {})).toThrow(/stopping/);
  });
});
