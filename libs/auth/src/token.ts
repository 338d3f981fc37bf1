import jwt from 'jsonwebtoken';
import { isRole, Role, Viewer } from './viewer';

export const AUTH_SECRET_VARIABLE = 'AUTH_SECRET';
const ALGORITHM = 'HS256';
const ISSUER = 'salesgraph';

export class AuthenticationError extends Error {}

interface Claims {
  sub: string;
  role: Role;
  repId?: string;
  teamId?: string;
}

/** The shared HS256 secret; refusing to start without one beats running open. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env[AUTH_SECRET_VARIABLE];
  if (!secret || secret.length < 32) {
    throw new Error(`${AUTH_SECRET_VARIABLE} must be set to a secret of at least 32 characters`);
  }
  return secret;
}

export function signToken(secret: string, viewer: Viewer, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
  const claims: Claims = { sub: viewer.subject, role: viewer.role };
  if (viewer.repId) claims.repId = viewer.repId;
  if (viewer.teamId) claims.teamId = viewer.teamId;
  return jwt.sign(claims, secret, { algorithm: ALGORITHM, issuer: ISSUER, expiresIn });
}

/** A short-lived token a subgraph uses to call another (the event feed). */
export function signServiceToken(secret: string, service: string): string {
  return signToken(secret, { subject: service, role: 'SERVICE' }, '5m');
}

export function verifyToken(secret: string, token: string): Viewer {
  let decoded: string | jwt.JwtPayload;
  try {
    decoded = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: ISSUER });
  } catch (error) {
    throw new AuthenticationError(`Invalid token: ${(error as Error).message}`);
  }
  if (typeof decoded === 'string' || typeof decoded.sub !== 'string' || typeof decoded['role'] !== 'string' || !isRole(decoded['role'])) {
    throw new AuthenticationError('Invalid token: missing subject or role');
  }
  const repId = typeof decoded['repId'] === 'string' ? decoded['repId'] : undefined;
  const teamId = typeof decoded['teamId'] === 'string' ? decoded['teamId'] : undefined;
  return { subject: decoded.sub, role: decoded['role'], repId, teamId };
}

/** The token of an `Authorization: Bearer …` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
