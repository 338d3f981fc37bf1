import { join } from 'node:path';
import { AUDIENCES, signGatewayCredential, signServiceToken, signToken } from '@salesgraph/auth';
import jwt from 'jsonwebtoken';
import { RunningGateway, startGateway } from './gateway';

const secret = 'gateway-spec-secret-that-is-long-enough-0000';
const supergraphPath = join(__dirname, '../../../supergraph.graphql');
const director = { subject: 'dana', role: 'DIRECTOR' } as const;
// Nothing listens there: whatever these tests see, the gateway decided before calling a subgraph.
const nowhere = 'http://127.0.0.1:9/graphql';
const subgraphUrls = { 'customer-relationship': nowhere, 'rep-performance': nowhere, reporting: nowhere };

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

async function post(gateway: RunningGateway, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${signToken(secret, director)}`, ...headers },
    body,
  });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = {};
  }
  return { status: response.status, text, body: parsed };
}

const start = (env: NodeJS.ProcessEnv) => startGateway({ supergraphPath, secret, port: 0, subgraphUrls, subgraphTimeoutMs: 500, env, log: () => undefined });

describe('the gateway over HTTP, in development (npm start)', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await start({});
  });
  afterAll(() => gateway.stop());

  describe('who it answers', () => {
    it('refuses a service token, saying the gateway takes user tokens', async () => {
      const answer = await post(gateway, '{"query":"{ customers { totalCount } }"}', { authorization: `Bearer ${signServiceToken(secret, 'reporting')}` });
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        errors: [{ message: 'The gateway takes user tokens only: this was a service token for the event feeds', extensions: { code: 'FORBIDDEN' } }],
      });
    });

    it('refuses its own credential for subgraphs', async () => {
      const answer = await post(gateway, '{"query":"{ customers { totalCount } }"}', {
        authorization: `Bearer ${signGatewayCredential(secret, director, 'r1')}`,
      });
      expect(answer.status).toBe(403);
      expect(answer.body.errors?.[0].message).toMatch(/gateway's credential for subgraphs/);
    });

    it('refuses a user token that claims the SERVICE role', async () => {
      const forged = jwt.sign({ sub: 'x', role: 'SERVICE' }, secret, { algorithm: 'HS256', issuer: 'salesgraph', audience: AUDIENCES.user });
      const answer = await post(gateway, '{"query":"{ customers { totalCount } }"}', { authorization: `Bearer ${forged}` });
      expect(answer.status).toBe(401);
      expect(answer.body.errors).toEqual([{ message: 'Invalid token: a user token may not carry the SERVICE role', extensions: { code: 'UNAUTHENTICATED' } }]);
    });
  });

  describe('requests it cannot read', () => {
    it('answers malformed JSON with a GraphQL error and 400, not an HTML page with a stack', async () => {
      const answer = await post(gateway, '{"query": ');
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }] });
      expect(answer.text).not.toMatch(/node_modules|<html|at JSON\.parse/i);
    });

    it('answers a body over 1 MB with a GraphQL error and 413', async () => {
      const answer = await post(gateway, JSON.stringify({ query: '{ teams { name } }', variables: { padding: 'x'.repeat(1_100_000) } }));
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    });

    it('answers a syntax error with GRAPHQL_PARSE_FAILED and 400', async () => {
      const answer = await post(gateway, '{"query":"{ customers { "}');
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    });

    it('answers a document over the token limit with 400', async () => {
      const answer = await post(gateway, JSON.stringify({ query: `{ ${'teams { name } '.repeat(1000)}}` }));
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toHaveLength(1);
    });
  });

  describe('input it refuses before calling a subgraph', () => {
    it('bounds search text, naming the argument path', async () => {
      const answer = await post(
        gateway,
        JSON.stringify({ query: 'query($s: String) { customers(filter: { nameContains: $s }) { totalCount } }', variables: { s: 'a'.repeat(50_000) } }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        { message: 'nameContains must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' } },
      ]);
    });
  });

  describe('what it shows', () => {
    it('answers the query-plan header with no plan unless EXPOSE_QUERY_PLANS is set', async () => {
      const answer = await post(gateway, '{"query":"{ teams { name } }"}', { 'apollo-query-plan-experimental': '1' });
      expect(answer.body.extensions).toBeUndefined();
      expect(answer.text).not.toMatch(/QueryPlan|Fetch\(service/);
    });

    it('names a failing subgraph but not where it lives', async () => {
      const answer = await post(gateway, '{"query":"{ teams { name } }"}');
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'rep-performance' });
      expect(answer.text).not.toMatch(/127\.0\.0\.1|:9\/|ECONNREFUSED|stacktrace/);
    });
  });
});

describe('query plans by setting', () => {
  it('shows them to a development gateway with EXPOSE_QUERY_PLANS=true', async () => {
    const gateway = await start({ EXPOSE_QUERY_PLANS: 'true' });
    try {
      const answer = await post(gateway, '{"query":"{ teams { name } }"}', { 'apollo-query-plan-experimental': '1' });
      expect(answer.body.extensions?.['__queryPlanExperimental']).toMatch(/Fetch\(service: "rep-performance"\)/);
    } finally {
      await gateway.stop();
    }
  });

  it('never in production: the gateway refuses to start with the setting, and shows none without it', async () => {
    await expect(start({ NODE_ENV: 'production', EXPOSE_QUERY_PLANS: 'true' })).rejects.toThrow(/production gateway .* never shows query plans/);
    await expect(start({ EXPOSE_QUERY_PLANS: 'yes' })).rejects.toThrow(/must be "true" or "false"/);
    const gateway = await start({ NODE_ENV: 'production' });
    try {
      const answer = await post(gateway, '{"query":"{ teams { name } }"}', { 'apollo-query-plan-experimental': '1' });
      expect(answer.body.extensions).toBeUndefined();
      expect((await post(gateway, '{"query":')).text).not.toMatch(/<html|node_modules/);
    } finally {
      await gateway.stop();
    }
  });
});

describe('browsers (CORS_ORIGINS)', () => {
  const preflight = (gateway: RunningGateway, origin: string) =>
    fetch(gateway.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('answers no origin unless told: a preflight is refused with the setting to change, and answers carry no CORS headers', async () => {
    const gateway = await start({});
    try {
      const answer = await preflight(gateway, 'http://localhost:5173');
      expect(answer.status).toBe(403);
      expect(await answer.json()).toEqual({ error: 'Origin http://localhost:5173 may not call this gateway: add it to CORS_ORIGINS' });
      const post = await fetch(gateway.url, {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', 'content-type': 'application/json', authorization: `Bearer ${signToken(secret, director)}` },
        body: '{"query":"{ __typename }"}',
      });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gateway.stop();
    }
  });

  it('lets an allowed origin call with its token, and still refuses the others', async () => {
    const gateway = await start({ CORS_ORIGINS: 'http://localhost:5173, https://crm.example.com' });
    try {
      const answer = await preflight(gateway, 'https://crm.example.com');
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET,POST');
      expect(answer.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-request-id,apollo-require-preflight');
      const post = await fetch(gateway.url, {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', 'content-type': 'application/json', authorization: `Bearer ${signToken(secret, director)}` },
        body: '{"query":"{ __typename }"}',
      });
      expect(post.status).toBe(200);
      expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect((await preflight(gateway, 'http://evil.example')).status).toBe(403);
    } finally {
      await gateway.stop();
    }
  });

  it('keeps CSRF prevention: a simple cross-site GET without a preflight header is refused', async () => {
    const gateway = await start({ CORS_ORIGINS: 'http://localhost:5173' });
    try {
      const answer = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { origin: 'http://localhost:5173', authorization: `Bearer ${signToken(secret, director)}` },
      });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toMatch(/CSRF/);
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to start on a setting that is not a list of origins', async () => {
    await expect(start({ CORS_ORIGINS: 'http://localhost:5173/app' })).rejects.toThrow(
      'CORS_ORIGINS: "http://localhost:5173/app" is not an origin: write scheme://host[:port], with no path or trailing slash',
    );
    await expect(start({ CORS_ORIGINS: '*' })).rejects.toThrow(/"\*" is not an origin/);
  });
});
