import jwt from 'jsonwebtoken';
import {
  AUDIENCES,
  authSecret,
  AuthenticationError,
  bearerToken,
  signGatewayCredential,
  signServiceToken,
  signToken,
  verifyAnyToken,
  verifyGatewayCredential,
  verifyToken,
} from './token';
import { rowScope, scopeCovers } from './viewer';

const secret = 'a-test-secret-that-is-long-enough-1234';

describe('tokens', () => {
  it('round-trips a rep with their team', () => {
    const token = signToken(secret, { subject: 'u1', role: 'REP', repId: 'r1', teamId: 't1' });
    expect(verifyToken(secret, token)).toEqual({ subject: 'u1', role: 'REP', repId: 'r1', teamId: 't1' });
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken('another-secret-that-is-long-enough-9876', { subject: 'u1', role: 'DIRECTOR' });
    expect(() => verifyToken(secret, token)).toThrow(AuthenticationError);
  });

  it('refuses an expired token', () => {
    const token = signToken(secret, { subject: 'u1', role: 'DIRECTOR' }, -10);
    expect(() => verifyToken(secret, token)).toThrow(/expired/);
  });

  it('refuses an unknown role and the none algorithm', () => {
    const badRole = jwt.sign({ sub: 'u1', role: 'GOD' }, secret, { algorithm: 'HS256', issuer: 'salesgraph', audience: AUDIENCES.user });
    expect(() => verifyToken(secret, badRole)).toThrow(/role/);
    const unsigned = jwt.sign({ sub: 'u1', role: 'DIRECTOR' }, '', { algorithm: 'none', issuer: 'salesgraph', audience: AUDIENCES.user });
    expect(() => verifyToken(secret, unsigned)).toThrow(AuthenticationError);
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('insists on a real secret', () => {
    expect(() => authSecret({})).toThrow(/AUTH_SECRET/);
    expect(() => authSecret({ AUTH_SECRET: 'short' })).toThrow(/32 characters/);
  });
});

describe('the three kinds of token', () => {
  const director = { subject: 'u1', role: 'DIRECTOR' } as const;
  const user = signToken(secret, director);
  const credential = signGatewayCredential(secret, director, 'req-1');
  const service = signServiceToken(secret, 'reporting');

  it('tells each kind apart by its audience', () => {
    expect(verifyAnyToken(secret, user)).toEqual({ kind: 'user', viewer: { ...director, repId: undefined, teamId: undefined } });
    expect(verifyAnyToken(secret, credential)).toEqual({ kind: 'gateway', viewer: { ...director, repId: undefined, teamId: undefined }, requestId: 'req-1' });
    expect(verifyAnyToken(secret, service)).toEqual({ kind: 'service', service: 'reporting' });
  });

  it('lets no kind stand in for another, and says what was sent', () => {
    expect(() => verifyToken(secret, credential)).toThrow("this is the gateway's credential for subgraphs, not a user token");
    expect(() => verifyToken(secret, service)).toThrow('this is a service token for the event feeds, not a user token');
    expect(() => verifyGatewayCredential(secret, user)).toThrow("this is a user token, not the gateway's credential");
    expect(() => verifyGatewayCredential(secret, service)).toThrow(AuthenticationError);
  });

  it('carries the viewer and request id in a credential that expires', () => {
    const rep = { subject: 'u2', role: 'REP', repId: 'r1', teamId: 't1' } as const;
    expect(verifyGatewayCredential(secret, signGatewayCredential(secret, rep, 'req-2'))).toEqual({ viewer: rep, requestId: 'req-2' });
    expect(() => verifyGatewayCredential(secret, signGatewayCredential(secret, rep, 'req-2', -1))).toThrow(/expired/);
  });

  it('never gives a user or the gateway the SERVICE role', () => {
    expect(() => signToken(secret, { subject: 'x', role: 'SERVICE' })).toThrow(/not a user role/);
    expect(() => signGatewayCredential(secret, { subject: 'x', role: 'SERVICE' }, 'r')).toThrow();
    const forged = jwt.sign({ sub: 'x', role: 'SERVICE' }, secret, { algorithm: 'HS256', issuer: 'salesgraph', audience: AUDIENCES.user });
    expect(() => verifyToken(secret, forged)).toThrow('a user token may not carry the SERVICE role');
    const serviceAsUser = jwt.sign({ sub: 'x', role: 'DIRECTOR' }, secret, { algorithm: 'HS256', issuer: 'salesgraph', audience: AUDIENCES.service });
    expect(() => verifyAnyToken(secret, serviceAsUser)).toThrow(/SERVICE role/);
  });

  it('refuses a token that names no audience, or several', () => {
    const legacy = jwt.sign({ sub: 'u1', role: 'DIRECTOR' }, secret, { algorithm: 'HS256', issuer: 'salesgraph' });
    expect(() => verifyToken(secret, legacy)).toThrow(/does not name what it is for/);
    const both = jwt.sign({ sub: 'u1', role: 'DIRECTOR', rid: 'r' }, secret, {
      algorithm: 'HS256',
      issuer: 'salesgraph',
      audience: [AUDIENCES.user, AUDIENCES.gateway],
    });
    expect(() => verifyAnyToken(secret, both)).toThrow(/does not name what it is for/);
  });
});

describe('scopeCovers', () => {
  const ann = { repId: 'ann', teamId: 't1', branchId: 'b1' };
  it('reads each scope against where the rep sits', () => {
    expect(scopeCovers({ kind: 'ALL' }, ann)).toBe(true);
    expect(scopeCovers({ kind: 'OWNER', repId: 'ann' }, ann)).toBe(true);
    expect(scopeCovers({ kind: 'OWNER', repId: 'bob' }, ann)).toBe(false);
    expect(scopeCovers({ kind: 'TEAM', teamId: 't1' }, ann)).toBe(true);
    expect(scopeCovers({ kind: 'TEAM', teamId: 't2' }, ann)).toBe(false);
    expect(scopeCovers({ kind: 'BRANCH', branchId: 'b1' }, ann)).toBe(true);
    expect(scopeCovers({ kind: 'BRANCH', branchId: 'b2' }, ann)).toBe(false);
    expect(scopeCovers({ kind: 'BRANCH', branchId: 'b1' }, { repId: 'sam', teamId: 't9', branchId: null })).toBe(false);
    expect(scopeCovers({ kind: 'NONE' }, ann)).toBe(false);
  });
});

describe('rowScope', () => {
  it('gives a rep their own rows, a manager the team, directors and analysts all', () => {
    expect(rowScope({ subject: 'u', role: 'REP', repId: 'r1' })).toEqual({ kind: 'OWNER', repId: 'r1' });
    expect(rowScope({ subject: 'u', role: 'MANAGER', repId: 'r1', teamId: 't1' })).toEqual({ kind: 'TEAM', teamId: 't1' });
    expect(rowScope({ subject: 'u', role: 'DIRECTOR' })).toEqual({ kind: 'ALL' });
    expect(rowScope({ subject: 'u', role: 'ANALYST' })).toEqual({ kind: 'ALL' });
  });

  it('gives a manager who heads a branch the branch; a rep naming a branch still only their own rows', () => {
    const head = { subject: 'u', role: 'MANAGER', repId: 'r1', teamId: 't1', branchId: 'b1' } as const;
    expect(rowScope(head, { branches: true })).toEqual({ kind: 'BRANCH', branchId: 'b1' });
    expect(rowScope({ subject: 'u', role: 'REP', repId: 'r1', teamId: 't1', branchId: 'b1' }, { branches: true })).toEqual({ kind: 'OWNER', repId: 'r1' });
  });

  it("reads a branch head as their team's manager where the subgraph does not know branches", () => {
    expect(rowScope({ subject: 'u', role: 'MANAGER', repId: 'r1', teamId: 't1', branchId: 'b1' })).toEqual({ kind: 'TEAM', teamId: 't1' });
  });

  it('carries the branch a manager heads through the user token and the gateway credential', () => {
    const head = { subject: 'u3', role: 'MANAGER', repId: 'r3', teamId: 't3', branchId: 'b1' } as const;
    expect(verifyToken(secret, signToken(secret, head))).toEqual(head);
    expect(verifyGatewayCredential(secret, signGatewayCredential(secret, head, 'req-2')).viewer).toEqual(head);
  });

  it('gives a rep without a rep id nothing', () => {
    expect(rowScope({ subject: 'u', role: 'REP' })).toEqual({ kind: 'NONE' });
    expect(rowScope({ subject: 'u', role: 'MANAGER' })).toEqual({ kind: 'NONE' });
  });
});
