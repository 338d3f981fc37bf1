import jwt from 'jsonwebtoken';
import { authSecret, AuthenticationError, bearerToken, signToken, verifyToken } from './token';
import { rowScope } from './viewer';

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
    const badRole = jwt.sign({ sub: 'u1', role: 'GOD' }, secret, { algorithm: 'HS256', issuer: 'salesgraph' });
    expect(() => verifyToken(secret, badRole)).toThrow(/role/);
    const unsigned = jwt.sign({ sub: 'u1', role: 'DIRECTOR' }, '', { algorithm: 'none', issuer: 'salesgraph' });
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

describe('rowScope', () => {
  it('gives a rep their own rows, a manager the team, directors and analysts all', () => {
    expect(rowScope({ subject: 'u', role: 'REP', repId: 'r1' })).toEqual({ kind: 'OWNER', repId: 'r1' });
    expect(rowScope({ subject: 'u', role: 'MANAGER', repId: 'r1', teamId: 't1' })).toEqual({ kind: 'TEAM', teamId: 't1' });
    expect(rowScope({ subject: 'u', role: 'DIRECTOR' })).toEqual({ kind: 'ALL' });
    expect(rowScope({ subject: 'u', role: 'ANALYST' })).toEqual({ kind: 'ALL' });
  });

  it('gives a rep without a rep id nothing', () => {
    expect(rowScope({ subject: 'u', role: 'REP' })).toEqual({ kind: 'NONE' });
    expect(rowScope({ subject: 'u', role: 'MANAGER' })).toEqual({ kind: 'NONE' });
  });
});
