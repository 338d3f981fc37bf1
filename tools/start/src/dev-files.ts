import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AUTH_SECRET_VARIABLE, Role, signToken, Viewer } from '@salesgraph/auth';
import type { SeededRep } from '@salesgraph/seed';

/** The development state `npm start` keeps beside the SQLite files. */
export const DATA_DIR = resolve(process.env['SALESGRAPH_DATA_DIR'] ?? '.data');
const SECRET_FILE = join(DATA_DIR, 'dev-secret');
const REPS_FILE = join(DATA_DIR, 'demo-reps.json');

/** AUTH_SECRET if set; else the development secret, generated on first use. */
export function developmentSecret(create: boolean): string {
  const fromEnv = process.env[AUTH_SECRET_VARIABLE];
  if (fromEnv) return fromEnv;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  if (!create) throw new Error(`No ${AUTH_SECRET_VARIABLE} set and no development secret yet: run "npm start" first`);
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function saveDemoReps(reps: SeededRep[]): void {
  writeFileSync(REPS_FILE, `${JSON.stringify(reps, null, 2)}\n`);
}

export function demoReps(): SeededRep[] {
  return existsSync(REPS_FILE) ? (JSON.parse(readFileSync(REPS_FILE, 'utf8')) as SeededRep[]) : [];
}

/**
 * A development token for a role. REP and MANAGER tokens carry a rep and
 * team: the given rep, else a demo rep (a manager for MANAGER). A MANAGER
 * token given a branch id is the head of that branch's: it sees the branch.
 */
export function developmentToken(secret: string, role: Role, repId?: string, branchId?: string): string {
  const reps = demoReps();
  let viewer: Viewer = { subject: `dev-${role.toLowerCase()}`, role };
  if (role === 'REP' || role === 'MANAGER' || repId) {
    const rep = repId ? reps.find((candidate) => candidate.id === repId) : reps.find((candidate) => candidate.manager === (role === 'MANAGER'));
    if (!rep) {
      throw new Error(repId ? `Unknown rep ${repId}: see .data/demo-reps.json` : `No demo reps yet: run "npm start" first, or pass a rep id`);
    }
    viewer = { subject: `dev-${rep.id}`, role, repId: rep.id, teamId: rep.teamId };
  }
  if (branchId) {
    if (role !== 'MANAGER') throw new Error('Only a MANAGER token heads a branch');
    viewer = { ...viewer, branchId };
  }
  return signToken(secret, viewer, '30d');
}
