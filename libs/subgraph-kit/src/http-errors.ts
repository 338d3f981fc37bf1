import express, { ErrorRequestHandler, Express, RequestHandler, Response } from 'express';

/** The largest request body a GraphQL endpoint reads, at the gateway and in each subgraph. */
export const JSON_BODY_LIMIT = '1mb';

/** The GraphQL-over-HTTP shape for a refusal made outside GraphQL, so a client reads every error the same way. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A GraphQL endpoint's body parser: JSON up to JSON_BODY_LIMIT. */
export function jsonBody(): RequestHandler {
  return express.json({ limit: JSON_BODY_LIMIT });
}

/**
 * What the body parser refuses, as the client's error with its own status;
 * anything else is logged here and answered as a plain internal error.
 * Express's own error page is HTML with the stack and file paths in every
 * mode but production; no mode may show those.
 */
export function graphqlHttpErrors(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const failure = error as { type?: unknown; status?: unknown; expose?: unknown };
    switch (failure.type) {
      case 'entity.parse.failed':
        sendGraphQLError(
          res,
          400,
          'BAD_REQUEST',
          'The request body is not valid JSON: send {"query": "…", "variables": {…}} with content-type application/json',
        );
        return;
      case 'entity.too.large':
        sendGraphQLError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than the limit of ${JSON_BODY_LIMIT}: send a shorter query or fewer variables`,
        );
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendGraphQLError(res, 415, 'BAD_REQUEST', 'The request body must be JSON in UTF-8, without content-encoding');
        return;
    }
    // Other refusals of the request itself (aborted, wrong length): the client's, but nothing worth detailing.
    if (typeof failure.status === 'number' && failure.status >= 400 && failure.status < 500 && failure.expose === true) {
      sendGraphQLError(res, failure.status, 'BAD_REQUEST', 'The request could not be read');
      return;
    }
    log(`unexpected error before GraphQL: ${(error as Error)?.stack ?? String(error)}`);
    sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/**
 * Express's last resort (an error after headers went out, a route added after
 * ours) prints stacks unless its env is production: make that so in every mode.
 */
export function hideExpressStackTraces(app: Express): void {
  app.set('env', 'production');
}
