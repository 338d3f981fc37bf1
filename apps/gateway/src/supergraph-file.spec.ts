import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { supergraphFromFile } from './supergraph-file';

const supergraph = readFileSync(join(__dirname, '../../../supergraph.graphql'), 'utf8');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('supergraphFromFile', () => {
  const setup = async (accept: (sdl: string) => void) => {
    const path = join(mkdtempSync(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
    writeFileSync(path, supergraph);
    const logs: string[] = [];
    const hook = supergraphFromFile(path, (line) => logs.push(line), 20);
    const result = await hook({ update: accept, healthCheck: async () => undefined, getDataSource: () => undefined as never });
    return { path, logs, result };
  };

  it('loads the file and hands over each new version written by rename', async () => {
    const updates: string[] = [];
    const { path, result } = await setup((sdl) => updates.push(sdl));
    try {
      expect(result.supergraphSdl).toBe(supergraph);
      writeFileSync(`${path}.tmp`, `${supergraph}\n# v2\n`);
      renameSync(`${path}.tmp`, path);
      await wait(300);
      expect(updates).toEqual([`${supergraph}\n# v2\n`]);
    } finally {
      await result.cleanup?.();
    }
  });

  it('keeps the running supergraph when the gateway rejects a new one', async () => {
    const { path, logs, result } = await setup(() => {
      throw new Error('invalid supergraph');
    });
    try {
      writeFileSync(path, 'type Broken {');
      await wait(300);
      expect(logs.join('\n')).toMatch(/rejected, keeping the running one: invalid supergraph/);
    } finally {
      await result.cleanup?.();
    }
  });

  it('refuses to start without a file', async () => {
    const hook = supergraphFromFile('/nonexistent/supergraph.graphql', () => undefined);
    await expect(hook({ update: () => undefined, healthCheck: async () => undefined, getDataSource: () => undefined as never })).rejects.toThrow(
      /npm run compose/,
    );
  });
});
