import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isRole, Role, Viewer } from './viewer';

export const AUTH_SECRET_VARIABLE = 'AUTH_SECRET';
const ALGORITHM = 'HS256';
const ISSUER = 'salesgraph';

/**
 * Who each kind of token is for. All three are signed with the one shared
 * secret, so the audience is what keeps one from standing in for another: a
 * user token opens only the gateway, the gateway's credential only a
 * subgraph's /graphql, a service token only an event feed.
 */
export const AUDIENCES = {
  user: 'salesgraph:gateway',
  gateway: 'salesgraph:subgraphs',
  service: 'salesgraph:event-feeds',
} as const;
export type TokenKind = keyof typeof AUDIENCES;

/** What each kind is called in a refusal, so the caller learns what they sent. */
const DESCRIPTIONS: Record<TokenKind, string> = {
  user: 'a user token',
  gateway: "the gateway's credential for subgraphs",
  service: 'a service token for the event feeds',
};

/**
 * How long the gateway's credential lives: one client request, with room for
 * a few sequential subgraph calls and a little clock skew between hosts.
 */
export const GATEWAY_CREDENTIAL_TTL_SECONDS = 60;

export class AuthenticationError extends Error {}

/** A token whose signature, issuer and expiry hold, and which names what it is for. */
export type VerifiedToken =
  | { readonly kind: 'user'; readonly viewer: Viewer }
  | { readonly kind: 'gateway'; readonly viewer: Viewer; readonly requestId: string }
  | { readonly kind: 'service'; readonly service: string };

interface Claims {
  sub: string;
  role: Role;
  repId?: string;
  teamId?: string;
  branchId?: string;
  /** The gateway's request id, in its credential only. */
  rid?: string;
}

/** The shared HS256 secret; refusing to start without one beats running open. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env[AUTH_SECRET_VARIABLE];
  if (!secret || secret.length < 32) {
    throw new Error(`${AUTH_SECRET_VARIABLE} must be set to a secret of at least 32 characters`);
  }
  return secret;
}

/** A user token: what a client sends the gateway. SERVICE is not a user's role. */
export function signToken(secret: string, viewer: Viewer, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
  if (viewer.role === 'SERVICE') throw new Error('SERVICE is not a user role: use signServiceToken');
  return jwt.sign(viewerClaims(viewer), keyFor(secret), { algorithm: ALGORITHM, issuer: ISSUER, audience: AUDIENCES.user, expiresIn });
}

/** A short-lived token a subgraph uses to call another's event feed. */
export function signServiceToken(secret: string, service: string): string {
  const claims: Claims = { sub: service, role: 'SERVICE' };
  return jwt.sign(claims, keyFor(secret), { algorithm: ALGORITHM, issuer: ISSUER, audience: AUDIENCES.service, expiresIn: '5m' });
}

/**
 * What the gateway sends a subgraph for one client request: the viewer it
 * verified and the request's id, signed so a subgraph needs no user token.
 */
export function signGatewayCredential(secret: string, viewer: Viewer, requestId: string, ttlSeconds = GATEWAY_CREDENTIAL_TTL_SECONDS): string {
  if (viewer.role === 'SERVICE') throw new Error('The gateway acts only for users');
  const claims: Claims = { ...viewerClaims(viewer), rid: requestId };
  return jwt.sign(claims, keyFor(secret), { algorithm: ALGORITHM, issuer: ISSUER, audience: AUDIENCES.gateway, expiresIn: ttlSeconds });
}

/** Checks signature, issuer and expiry, then tells which kind of token it is. */
export function verifyAnyToken(secret: string, token: string): VerifiedToken {
  let decoded: string | jwt.JwtPayload;
  try {
    decoded = jwt.verify(token, keyFor(secret), { algorithms: [ALGORITHM], issuer: ISSUER });
  } catch (error) {
    throw new AuthenticationError(`Invalid token: ${(error as Error).message}`);
  }
  if (typeof decoded === 'string' || typeof decoded.sub !== 'string' || typeof decoded['role'] !== 'string' || !isRole(decoded['role'])) {
    throw new AuthenticationError('Invalid token: missing subject or role');
  }
  const kind = tokenKind(decoded.aud);
  const role = decoded['role'];
  if (kind === 'service') {
    if (role !== 'SERVICE') throw new AuthenticationError('Invalid token: a service token must carry the SERVICE role');
    return { kind, service: decoded.sub };
  }
  if (role === 'SERVICE') throw new AuthenticationError(`Invalid token: ${DESCRIPTIONS[kind]} may not carry the SERVICE role`);
  const viewer: Viewer = {
    subject: decoded.sub,
    role,
    repId: typeof decoded['repId'] === 'string' ? decoded['repId'] : undefined,
    teamId: typeof decoded['teamId'] === 'string' ? decoded['teamId'] : undefined,
    branchId: typeof decoded['branchId'] === 'string' ? decoded['branchId'] : undefined,
  };
  if (kind === 'user') return { kind, viewer };
  if (typeof decoded['rid'] !== 'string') throw new AuthenticationError('Invalid token: the gateway credential carries no request id');
  return { kind, viewer, requestId: decoded['rid'] };
}

/** A user token's viewer; any other kind of token is refused, saying what it was. */
export function verifyToken(secret: string, token: string): Viewer {
  const verified = verifyAnyToken(secret, token);
  if (verified.kind !== 'user') throw new AuthenticationError(`Invalid token: this is ${DESCRIPTIONS[verified.kind]}, not a user token`);
  return verified.viewer;
}

/** The viewer and request id of the gateway's credential; any other kind of token is refused. */
export function verifyGatewayCredential(secret: string, token: string): { viewer: Viewer; requestId: string } {
  const verified = verifyAnyToken(secret, token);
  if (verified.kind !== 'gateway') throw new AuthenticationError(`Invalid token: this is ${DESCRIPTIONS[verified.kind]}, not the gateway's credential`);
  return { viewer: verified.viewer, requestId: verified.requestId };
}

/** What a token is, for a refusal: "a user token", "a service token for the event feeds", … */
export function describeTokenKind(kind: TokenKind): string {
  return DESCRIPTIONS[kind];
}

/** The token of an `Authorization: Bearer …` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * The secret as a KeyObject, made once. Given a string, jsonwebtoken first
 * tries it as a PEM key and fails, which costs some 20 times the signature.
 */
const keys = new Map<string, KeyObject>();
function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

function viewerClaims(viewer: Viewer): Claims {
  const claims: Claims = { sub: viewer.subject, role: viewer.role };
  if (viewer.repId) claims.repId = viewer.repId;
  if (viewer.teamId) claims.teamId = viewer.teamId;
  if (viewer.branchId) claims.branchId = viewer.branchId;
  return claims;
}

function tokenKind(audience: string | string[] | undefined): TokenKind {
  // One audience per token: a token naming several could open more than one door.
  const match = (Object.keys(AUDIENCES) as TokenKind[]).find((kind) => audience === AUDIENCES[kind]);
  if (!match) throw new AuthenticationError('Invalid token: it does not name what it is for (audience); get a new token');
  return match;
}
