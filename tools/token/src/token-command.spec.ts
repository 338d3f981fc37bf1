import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyToken } from '@salesgraph/auth';

const root = join(__dirname, '../../..');
const secret = 'token-command-test-secret-0123456789abcdef';

/** The command as a user runs it: `npm run -s token -- <ROLE> [repId]`. */
function token(args: string[], env: NodeJS.ProcessEnv = { AUTH_SECRET: secret }) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'tools/token/src/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'], SALESGRAPH_DATA_DIR: mkdtempSync(join(tmpdir(), 'token-')), ...env },
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe('token command', () => {
  it('prints a token that verifies with the secret', () => {
    const run = token(['ANALYST']);
    expect(run.status).toBe(0);
    expect(verifyToken(secret, run.stdout)).toMatchObject({ role: 'ANALYST' });
  });

  it('answers a bad role with one line of usage and a failing exit', () => {
    const run = token(['KING']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('usage: npm run -s token -- <REP|MANAGER|DIRECTOR|ANALYST|ADMIN> [repId] [branchId]');
    expect(run.stdout).toBe('');
  });

  it('says what to do when there is no secret yet', () => {
    const run = token(['DIRECTOR'], {});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/run "npm start" first/);
  });
});
