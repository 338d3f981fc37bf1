import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createClient, GraphQLRequestError } from './client';

/** Documents as codegen makes them from an operations/ file: a parsed document typed with its result and variables. */
const CUSTOMER = parse('query Customer($id: ID!) { customer(id: $id) { id name } }') as TypedDocumentNode<
  { customer: { id: string; name: string } | null },
  { id: string }
>;
const TEAMS = parse('query Teams { teams { name } }') as TypedDocumentNode<{ teams: Array<{ name: string }> }, Record<string, never>>;

/** A local HTTP server that answers each request as the test says, and keeps what it received. */
describe('createClient against a local HTTP server', () => {
  let server: Server;
  let url = '';
  let answer: { status: number; body: string; type?: string } = { status: 200, body: '{}' };
  const received: Array<{ headers: IncomingMessage['headers']; body: { query: string; variables?: Record<string, unknown> } }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: JSON.parse(body) as { query: string } });
        response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' });
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolveClose) => server.close(() => resolveClose())));
  beforeEach(() => (received.length = 0));

  it('posts the printed document with its variables and the bearer token, and returns the typed data', async () => {
    answer = { status: 200, body: JSON.stringify({ data: { customer: { id: 'c1', name: 'Acme' } } }) };
    const client = createClient({ url, token: 'a-token' });
    const data = await client.request(CUSTOMER, { id: 'c1' });
    expect(data.customer?.name).toBe('Acme');
    expect(received).toHaveLength(1);
    expect(received[0].headers['authorization']).toBe('Bearer a-token');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].body.variables).toEqual({ id: 'c1' });
    expect(parse(received[0].body.query).definitions).toEqual(CUSTOMER.definitions.map((definition) => expect.objectContaining({ kind: definition.kind })));
    expect(received[0].body.query).toContain('query Customer($id: ID!)');
  });

  it('sends no authorization header without a token, and no variables an operation does not take', async () => {
    answer = { status: 200, body: JSON.stringify({ data: { teams: [{ name: 'North' }] } }) };
    expect(await createClient({ url }).request(TEAMS)).toEqual({ teams: [{ name: 'North' }] });
    expect(received[0].headers['authorization']).toBeUndefined();
    expect(received[0].body.variables).toBeUndefined();
  });

  it('throws a GraphQLRequestError carrying each error’s code, field and path, and the partial data', async () => {
    const errors = [
      { message: 'total must be more than 0', path: ['recordOrder'], extensions: { code: 'BAD_USER_INPUT', field: 'input.total' } },
      { message: 'not yours', path: ['customer', 'receivables'], extensions: { code: 'FORBIDDEN' } },
    ];
    answer = { status: 200, body: JSON.stringify({ data: { customer: null }, errors }) };
    const error = await createClient({ url })
      .request(CUSTOMER, { id: 'c1' })
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const requestError = error as GraphQLRequestError;
    expect(requestError.status).toBe(200);
    expect(requestError.errors).toEqual(errors);
    expect(requestError.code).toBe('BAD_USER_INPUT');
    expect(requestError.data).toEqual({ customer: null });
    expect(requestError.message).toBe('total must be more than 0 (BAD_USER_INPUT input.total); not yours (FORBIDDEN customer.receivables)');
  });

  it('returns data and errors side by side from execute, for callers that use what could be answered', async () => {
    const errors = [{ message: 'reporting is unavailable', path: ['customer', 'name'], extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'reporting' } }];
    answer = { status: 200, body: JSON.stringify({ data: { customer: { id: 'c1', name: null } }, errors }) };
    expect(await createClient({ url }).execute(CUSTOMER, { id: 'c1' })).toEqual({ status: 200, data: { customer: { id: 'c1', name: null } }, errors });
  });

  it('hands on an HTTP 4xx with a GraphQL body as GraphQL errors with its status', async () => {
    const errors = [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }];
    answer = { status: 401, body: JSON.stringify({ errors }) };
    const client = createClient({ url });
    expect(await client.execute(TEAMS)).toEqual({ status: 401, errors });
    await expect(client.request(TEAMS)).rejects.toMatchObject({ name: 'GraphQLRequestError', status: 401, errors, code: 'UNAUTHENTICATED' });
  });

  it('throws a GraphQLRequestError with the status and no GraphQL errors when the answer is not GraphQL', async () => {
    answer = { status: 502, body: '<html>Bad Gateway</html>', type: 'text/html' };
    const client = createClient({ url });
    for (const call of [() => client.execute(TEAMS), () => client.request(TEAMS)]) {
      const error = (await call().then(
        () => undefined,
        (thrown: unknown) => thrown,
      )) as GraphQLRequestError;
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect([error.status, error.errors, error.code]).toEqual([502, [], undefined]);
      expect(error.message).toContain('HTTP 502');
      expect(error.message).toContain('<html>Bad Gateway</html>');
    }
  });

  it('refuses an answer with neither data nor errors', async () => {
    answer = { status: 200, body: JSON.stringify({ data: null }) };
    await expect(createClient({ url }).request(TEAMS)).rejects.toMatchObject({ status: 200, errors: [], message: 'HTTP 200: no data' });
  });
});
