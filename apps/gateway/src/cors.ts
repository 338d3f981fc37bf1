import cors from 'cors';
import { NextFunction, Request, RequestHandler, Response } from 'express';

/** The headers a browser client sends: its token, JSON, a request id to trace, and Apollo's CSRF header for GETs. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'];

/**
 * CORS_ORIGINS: the browser origins allowed to call /graphql, separated by
 * commas or spaces. None by default: a deployment names its front ends;
 * `npm start` names the usual local development servers (docs/architecture.md#request-path).
 * Each must be an origin (scheme://host[:port]); `*` is refused, since every
 * request carries a user's token.
 */
export function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env['CORS_ORIGINS'] ?? '';
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
        throw new Error(`CORS_ORIGINS: "${origin}" is not an origin: write scheme://host[:port], with no path or trailing slash`);
      }
      return origin;
    });
}

/**
 * Answers browsers' preflights for the allowed origins and marks their
 * answers readable; a preflight from any other origin gets 403 saying which
 * setting to change. Apollo's CSRF prevention stays on behind it.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const headers = cors({ origin: [...allowed], methods: ['GET', 'POST'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 });
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    if (req.method === 'OPTIONS' && origin !== undefined && !allowed.has(origin)) {
      res.status(403).json({ error: `Origin ${origin} may not call this gateway: add it to CORS_ORIGINS` });
      return;
    }
    headers(req, res, next);
  };
}
