// The tests here are independent of order: each makes its own rep and customer under names no other test uses and
// reads only those, so each passes alone (-t) and in any order (--randomize).
import { signGatewayCredential, signServiceToken, signToken, Viewer } from '@salesgraph/auth';
import {
  CustomersNamedDocument,
  CustomersOwnersRevenueDocument,
  OrderCountDocument,
  SubmitSuccessCaseDocument,
  SuccessCaseCountDocument,
} from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { DocumentNode, print } from 'graphql';
import { director, SECRET, Suite, uniqueName } from './suite';

const SUBGRAPHS = ['customer-relationship', 'rep-performance', 'reporting'] as const;

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: unknown };
}

/**
 * The apps as `npm start` runs them (no NODE_ENV), reached the way a client
 * or an attacker would: through the gateway, or straight at a subgraph's port.
 * Raw HTTP throughout on purpose: the tests read status codes, exact bodies and
 * their text. Well-formed queries come from operations/production-path.graphql;
 * the strings left are the malformed, mistyped or forbidden requests under test.
 */
describeOnEachDatabase('the production path end to end', (kind) => {
  const suite = new Suite(kind);

  const send = async (url: string, body: string, token: string | null, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
    const text = await response.text();
    let body_: Answer['body'] = {};
    try {
      body_ = JSON.parse(text) as Answer['body'];
    } catch {
      // stays empty: the assertions on `text` say what came back
    }
    return { status: response.status, text, body: body_ };
  };
  const viaGateway = (viewer: Viewer, query: string | DocumentNode, variables?: Record<string, unknown>) =>
    send(suite.gatewayUrl, JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }), signToken(SECRET, viewer));
  const orderCount = async (customerId: string) => (await suite.as(director).request(OrderCountDocument, { customerId })).orders.totalCount;
  /** The test's own rep Bob and his one customer, named for the test (`acme`). */
  const bobAndAcme = async () => {
    const acme = uniqueName('Acme');
    const bob = await suite.registerRep('Bob', await suite.createTeam(`North ${acme}`));
    return { bob, acme, customerId: await suite.createCustomer(bob, acme) };
  };

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  describe('subgraphs trust only the gateway', () => {
    it('refuses a user token sent straight to a subgraph, however much it asks for', async () => {
      const bob = await suite.registerRep('Bob', await suite.createTeam(uniqueName('North')));
      const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: customers { totalCount }`).join(' ');
      const direct = await send(suite.subgraphUrl('customer-relationship'), JSON.stringify({ query: `{ ${aliases} }` }), signToken(SECRET, bob));
      expect(direct.status).toBe(401);
      expect(direct.body.data).toBeUndefined();
      expect(direct.body.errors).toEqual([
        {
          message: "The customer-relationship subgraph answers only the gateway: send your request to the gateway's /graphql (this was a user token)",
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
      for (const name of SUBGRAPHS) expect((await send(suite.subgraphUrl(name), '{"query":"{ __typename }"}', signToken(SECRET, director))).status).toBe(401);
    });

    it('never lets a client use the SERVICE token or the gateway’s credential at the gateway', async () => {
      const service = await send(suite.gatewayUrl, '{"query":"{ customers { totalCount } }"}', signServiceToken(SECRET, 'reporting'));
      expect(service.status).toBe(403);
      expect(service.body.errors?.[0]).toEqual({
        message: 'The gateway takes user tokens only: this was a service token for the event feeds',
        extensions: { code: 'FORBIDDEN' },
      });
      const credential = await send(suite.gatewayUrl, '{"query":"{ customers { totalCount } }"}', signGatewayCredential(SECRET, director, 'x'));
      expect(credential.status).toBe(403);
      expect(credential.body.data).toBeUndefined();
    });

    it('calls every subgraph with its own credential for the viewer it verified', async () => {
      const { bob, acme } = await bobAndAcme();
      // Customers (customer-relationship), their owner (rep-performance) and revenue (reporting), as Bob: his row scope holds in each.
      const answer = await viaGateway(bob, CustomersOwnersRevenueDocument);
      expect(answer.body).toEqual({ data: { customers: { totalCount: 1, edges: [{ node: { name: acme, owner: { name: 'Bob', revenue: '0.00' } } }] } } });
    });
  });

  describe('client errors look like client errors', () => {
    it('hands on a subgraph’s refusal of a bad Money or DateTime literal as BAD_USER_INPUT with its message and argument, writing nothing', async () => {
      const { bob, customerId } = await bobAndAcme();
      const before = await orderCount(customerId);
      const record = (input: string) => viaGateway(bob, `mutation { recordOrder(input: { customerId: "${customerId}", ${input} }) { id } }`);
      const cases: Array<[string, string, RegExp]> = [
        ['total: 100', 'input.total', /^Money is a decimal string such as "1234.50"$/],
        ['total: "1.005"', 'input.total', /1\.005/],
        ['total: "10.00", orderedAt: "yesterday"', 'input.orderedAt', /^DateTime is an ISO-8601 instant/],
      ];
      for (const [input, field, message] of cases) {
        const answer = await record(input);
        expect(answer.body.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', field } }]);
        expect(answer.text).not.toMatch(/Internal server error|INTERNAL_SERVER_ERROR|serviceName/);
      }
      const filter = await viaGateway(director, '{ customers(filter: { createdFrom: "not-a-date" }) { totalCount } }');
      expect(filter.body.errors).toEqual([
        { message: expect.stringMatching(/^DateTime is/), extensions: { code: 'BAD_USER_INPUT', field: 'filter.createdFrom' } },
      ]);
      const variable = await viaGateway(bob, 'mutation($t: Money) { recordOrder(input: { customerId: "' + customerId + '", total: $t }) { id } }', {
        t: '1.005',
      });
      expect(variable.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/1\.005/), extensions: { code: 'BAD_USER_INPUT' } });
      expect(await orderCount(customerId)).toBe(before);
    });

    it('bounds free text with BAD_USER_INPUT on the argument, where the database used to fail', async () => {
      const { bob, customerId } = await bobAndAcme();
      // Words no other test's success case has, for the search that must find this one.
      const words = uniqueName('service');
      await suite.as(bob).request(SubmitSuccessCaseDocument, { input: { title: 'Line 2', story: `Won on ${words}`, customerId, industry: 'Print' } });
      const long = 'a'.repeat(50_000);
      const customers = await viaGateway(director, CustomersNamedDocument, { n: long });
      expect(customers.status).toBe(400);
      expect(customers.body.errors).toEqual([
        { message: 'nameContains must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' } },
      ]);
      const cases = await viaGateway(director, `{ successCases(search: "${long}") { totalCount } }`);
      expect(cases.body.errors).toEqual([{ message: 'search must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'search' } }]);
      expect((await viaGateway(director, SuccessCaseCountDocument, { search: words })).body).toEqual({ data: { successCases: { totalCount: 1 } } });
    });

    it('answers syntax errors with 400 GRAPHQL_PARSE_FAILED', async () => {
      const answer = await send(suite.gatewayUrl, '{"query":"{ customers { "}', signToken(SECRET, director));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers unreadable and over-large bodies with GraphQL errors on the gateway and every subgraph, never an HTML page', async () => {
      const endpoints = [
        [suite.gatewayUrl, signToken(SECRET, director)],
        ...SUBGRAPHS.map((name) => [suite.subgraphUrl(name), signGatewayCredential(SECRET, director, 'e2e')]),
      ] as const;
      for (const [url, token] of endpoints) {
        const malformed = await send(url, '{"query": ', token);
        expect([url, malformed.status, malformed.body.errors?.[0].extensions]).toEqual([url, 400, { code: 'BAD_REQUEST' }]);
        expect(malformed.text).not.toMatch(/<html|node_modules|\/work\/|at JSON\.parse/i);
        const huge = await send(url, JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }), token);
        expect([url, huge.status, huge.body.errors?.[0].extensions]).toEqual([url, 413, { code: 'PAYLOAD_TOO_LARGE' }]);
      }
    });
  });

  describe('what development mode shows', () => {
    it('answers the query-plan header with no plan, as EXPOSE_QUERY_PLANS is not set', async () => {
      const { acme } = await bobAndAcme();
      const request = JSON.stringify({ query: print(CustomersNamedDocument), variables: { n: acme } });
      const answer = await send(suite.gatewayUrl, request, signToken(SECRET, director), { 'apollo-query-plan-experimental': '1' });
      expect(answer.body).toEqual({ data: { customers: { totalCount: 1 } } });
      expect(answer.text).not.toMatch(/QueryPlan|Fetch\(service/);
    });
  });
});
