import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyToken } from '@salesgraph/auth';

describe('development secret and tokens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesgraph-dev-'));
  let devFiles: typeof import('./dev-files');

  beforeAll(() => {
    process.env['SALESGRAPH_DATA_DIR'] = dir;
    delete process.env['AUTH_SECRET'];
    jest.isolateModules(() => {
      devFiles = require('./dev-files');
    });
  });

  it('will not invent a secret for the token command before npm start has', () => {
    expect(() => devFiles.developmentSecret(false)).toThrow(/run "npm start" first/);
  });

  it('generates the secret once and keeps it', () => {
    const secret = devFiles.developmentSecret(true);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(devFiles.developmentSecret(false)).toBe(secret);
  });

  it('signs role tokens, putting a demo rep and team into REP and MANAGER tokens', () => {
    const secret = devFiles.developmentSecret(false);
    expect(() => devFiles.developmentToken(secret, 'REP')).toThrow(/No demo reps yet/);
    devFiles.saveDemoReps([
      { id: 'm1', name: 'Mia', teamId: 't1', teamName: 'North', manager: true },
      { id: 'r1', name: 'Rex', teamId: 't1', teamName: 'North', manager: false },
    ]);
    expect(verifyToken(secret, devFiles.developmentToken(secret, 'DIRECTOR'))).toMatchObject({ role: 'DIRECTOR', repId: undefined });
    expect(verifyToken(secret, devFiles.developmentToken(secret, 'REP'))).toMatchObject({ role: 'REP', repId: 'r1', teamId: 't1' });
    expect(verifyToken(secret, devFiles.developmentToken(secret, 'MANAGER', undefined, 'b1'))).toMatchObject({ role: 'MANAGER', branchId: 'b1' });
    expect(() => devFiles.developmentToken(secret, 'REP', undefined, 'b1')).toThrow(/Only a MANAGER token heads a branch/);
    expect(verifyToken(secret, devFiles.developmentToken(secret, 'MANAGER'))).toMatchObject({ role: 'MANAGER', repId: 'm1', teamId: 't1' });
    expect(() => devFiles.developmentToken(secret, 'REP', 'nobody')).toThrow(/Unknown rep nobody/);
  });
});
