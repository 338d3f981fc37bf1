import { signGatewayCredential, signServiceToken, signToken, Viewer } from '@salesgraph/auth';
import type { Period } from '@salesgraph/domain';
import { createOutboxTables, OutboxEventEntity, OutboxSequenceEntity } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { SubgraphContext } from './context';
import { TEXT_LIMITS } from './input-bounds';
import { SubgraphDefinition } from './subgraph-definition';
import { startTestSubgraph, TEST_SECRET, TestSubgraph } from './testing';

class ProbeSchema1700000000000 implements MigrationInterface {
  name = 'ProbeSchema1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTables(queryRunner);
  }
  async down(): Promise<void> {
    // test schema only
  }
}

/** The smallest subgraph with what the kit guards: text arguments, Money, DateTime, Date and Period, a feed. */
const probe: SubgraphDefinition = {
  name: 'kit-probe',
  defaultPort: 0,
  typeDefs: [
    `input ProbeFilter { nameContains: String, tags: [String!], note: String }
     input ProbeLine { listPrice: Money! }
     input ProbeOrder { lines: [ProbeLine!]!, orderedAt: DateTime }
     input ProbeRange { from: Date, period: Period }
     type Query {
       echo(text: String, search: String, filter: ProbeFilter): String
       whoAmI: String
       price(amount: Money!, at: DateTime): Int
       quote(input: ProbeOrder!): Int
       span(period: Period!, on: Date, range: ProbeRange): String
       broken: String
     }`,
  ],
  resolvers: {
    Query: {
      echo: (_: unknown, args: { text?: string; search?: string; filter?: { nameContains?: string } }) =>
        args.text ?? args.search ?? args.filter?.nameContains ?? 'ok',
      whoAmI: (_: unknown, __: unknown, context: SubgraphContext) => `${context.viewer.role} ${context.viewer.subject} ${context.requestId}`,
      price: (_: unknown, args: { amount: number }) => args.amount,
      quote: (_: unknown, args: { input: { lines: Array<{ listPrice: number }> } }) => args.input.lines.reduce((sum, line) => sum + line.listPrice, 0),
      span: (_: unknown, args: { period: Period; on?: string }) =>
        `${args.period.kind} ${args.period.firstDay}…${args.period.lastDay}${args.on ? ` on ${args.on}` : ''}`,
      broken: () => {
        throw new Error(`SQLITE_ERROR: no such table at ${__filename}`);
      },
    },
  },
  database: { subgraph: 'kit-probe', entities: [OutboxEventEntity, OutboxSequenceEntity], migrations: [ProbeSchema1700000000000] },
  createServices: () => ({}),
  createLoaders: () => ({}),
  producesFeed: true,
};

const director: Viewer = { subject: 'dana', role: 'DIRECTOR' };

describeOnEachDatabase('a subgraph over HTTP', (kind) => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(probe, kind);
  });
  afterAll(() => subgraph.stop());

  const post = (body: string, token: string | null = signGatewayCredential(TEST_SECRET, director, 'req-42')) =>
    fetch(subgraph.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const query = async (text: string, variables?: Record<string, unknown>) => {
    const response = await post(JSON.stringify({ query: text, variables }));
    return {
      status: response.status,
      body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions: Record<string, unknown> }> },
    };
  };

  describe('who it answers', () => {
    it('serves the gateway’s credential, with the viewer and request id it carries', async () => {
      expect(await query('{ whoAmI }')).toEqual({ status: 200, body: { data: { whoAmI: 'DIRECTOR dana req-42' } } });
    });

    it('refuses a user token sent straight to it, saying to go through the gateway', async () => {
      // 20,000 aliases used to run here with a REP token, past every limit the gateway applies.
      const aliases = Array.from({ length: 20_000 }, (_, i) => `a${i}: echo`).join(' ');
      const rep = signToken(TEST_SECRET, { subject: 'rex', role: 'REP', repId: 'r1', teamId: 't1' });
      const response = await post(JSON.stringify({ query: `{ ${aliases} }` }), rep);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: "The kit-probe subgraph answers only the gateway: send your request to the gateway's /graphql (this was a user token)",
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    });

    it('refuses a service token, a forged credential and no token at all', async () => {
      const service = await post('{"query":"{ whoAmI }"}', signServiceToken(TEST_SECRET, 'reporting'));
      expect(service.status).toBe(401);
      expect(((await service.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/this was a service token for the event feeds/);
      const forged = await post('{"query":"{ whoAmI }"}', signGatewayCredential('another-secret-that-is-long-enough-000', director, 'r'));
      expect(forged.status).toBe(401);
      const anonymous = await post('{"query":"{ _service { sdl } }"}', null);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('sdl');
    });

    it('serves its event feed to service tokens only', async () => {
      const feed = subgraph.running.url.replace('/graphql', '/events');
      const as = (token: string) => fetch(`${feed}?after=0`, { headers: { authorization: `Bearer ${token}` } });
      expect((await as(signToken(TEST_SECRET, director))).status).toBe(403);
      expect((await as(signGatewayCredential(TEST_SECRET, director, 'r'))).status).toBe(403);
      const served = await as(signServiceToken(TEST_SECRET, 'reporting'));
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual({ events: [] });
    });
  });

  describe('bodies it cannot read', () => {
    it('answers malformed JSON with a GraphQL error and 400, not an HTML page with a stack', async () => {
      const response = await post('{"query": ');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }] });
      expect(text).not.toMatch(/node_modules|at JSON\.parse|<html/i);
    });

    it('answers a body over the limit with a GraphQL error and 413', async () => {
      const response = await post(JSON.stringify({ query: '{ echo }', variables: { padding: 'x'.repeat(1_100_000) } }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.stringMatching(/larger than the limit of 1mb/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    });
  });

  describe('input it refuses', () => {
    it('bounds search text, as a literal or a variable, naming the argument path', async () => {
      const long = 'a'.repeat(TEXT_LIMITS.maxSearchLength + 1);
      const literal = await query(`{ echo(filter: { nameContains: "${long}" }) }`);
      expect(literal.status).toBe(400);
      expect(literal.body.errors).toEqual([
        { message: 'nameContains must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' } },
      ]);
      const variable = await query('query($s: String) { echo(search: $s) }', { s: long });
      expect(variable.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
      expect((await query('query($s: String) { echo(search: $s) }', { s: long.slice(1) })).body).toEqual({ data: { echo: long.slice(1) } });
    });

    it('bounds any other text generously, inside lists and input objects too', async () => {
      const long = 'b'.repeat(TEXT_LIMITS.maxLength + 1);
      const inList = await query('query($f: ProbeFilter) { echo(filter: $f) }', { f: { tags: ['fine', long] } });
      expect(inList.body.errors).toEqual([
        { message: 'tags must be at most 50,000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'filter.tags.1' } },
      ]);
      const withDefault = await query(`query($t: String = "${long}") { echo(text: $t) }`);
      expect(withDefault.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
      expect((await query('query($t: String) { echo(text: $t) }', { t: long.slice(1) })).body.data).toEqual({ echo: long.slice(1) });
    });

    it('applies the same bounds in-process', async () => {
      const result = await subgraph.execute(director, '{ echo(search: "' + 'c'.repeat(201) + '") }');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    });

    it('reports a malformed Money or DateTime literal as BAD_USER_INPUT on its argument, with the scalar’s message', async () => {
      const number = await query('{ price(amount: 100) }');
      expect(number.status).toBe(400);
      expect(number.body.errors).toEqual([{ message: 'Money is a decimal string such as "1234.50"', extensions: { code: 'BAD_USER_INPUT', field: 'amount' } }]);
      const precise = await query('{ price(amount: "1.005") }');
      expect(precise.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/1\.005/), extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
      const both = await query('{ price(amount: "1.00", at: "yesterday") a: price(amount: 7) }');
      expect(both.body.errors?.map((error) => [error.extensions['code'], error.extensions['field']])).toEqual([
        ['BAD_USER_INPUT', 'at'],
        ['BAD_USER_INPUT', 'amount'],
      ]);
      expect((await query('{ price(amount: "12.34") }')).body).toEqual({ data: { price: 1234 } });
    });

    it('reports a malformed Money or DateTime sent as a variable on the argument path it was given for, as if written inline', async () => {
      const order = await query('query($i: ProbeOrder!) { quote(input: $i) }', { i: { lines: [{ listPrice: '1.00' }, { listPrice: '40.005' }] } });
      expect(order.status).toBe(400);
      expect(order.body.errors).toEqual([
        {
          message: expect.stringMatching(/^Variable "\$i" got invalid value "40\.005" at "i\.lines\[1\]\.listPrice"; "40\.005" is not an amount/),
          locations: [{ line: 1, column: 7 }],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.lines.1.listPrice' },
        },
      ]);
      const day = await query('query($i: ProbeOrder!) { quote(input: $i) }', { i: { lines: [], orderedAt: '2026-02-30T00:00:00Z' } });
      expect(day.body.errors).toEqual([
        {
          message: expect.stringMatching(/"2026-02-30T00:00:00Z" is not a date and time that exists/),
          locations: [{ line: 1, column: 7 }],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.orderedAt' },
        },
      ]);
      const whole = await query('query($a: Money!) { price(amount: $a) }', { a: '1.005' });
      expect(whole.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'amount' }]);
      const inLiteral = await query('query($p: Money!) { quote(input: { lines: [{ listPrice: "1.00" }, { listPrice: $p }] }) }', { p: 7 });
      expect(inLiteral.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.lines.1.listPrice' }]);
      expect((await query('query($i: ProbeOrder!) { quote(input: $i) }', { i: { lines: [{ listPrice: '1.00' }, { listPrice: '40.05' }] } })).body).toEqual({
        data: { quote: 4105 },
      });
    });

    it('reads Date and Period arguments, and reports a bad one, inline or as a variable, as BAD_USER_INPUT on its argument path', async () => {
      expect((await query('{ span(period: "2026-Q4", on: "2026-11-29") }')).body).toEqual({ data: { span: 'QUARTER 2026-10-01…2026-12-31 on 2026-11-29' } });
      const notAPeriod = '"last month" is not a period: use a year (2026), quarter (2026-Q4), month (2026-11), ISO week (2026-W48) or day (2026-11-29)';
      const literal = await query('{ span(period: "last month", on: "2026-02-30") }');
      expect(literal.status).toBe(400);
      expect(literal.body.errors).toEqual([
        { message: notAPeriod, extensions: { code: 'BAD_USER_INPUT', field: 'period' } },
        { message: '"2026-02-30" is not a date: use YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT', field: 'on' } },
      ]);
      const period = await query('query($p: Period!) { span(period: $p) }', { p: '2026-W60' });
      expect(period.body.errors?.map((error) => [error.message, error.extensions])).toEqual([
        [`Variable "$p" got invalid value "2026-W60"; ${notAPeriod.replace('last month', '2026-W60')}`, { code: 'BAD_USER_INPUT', field: 'period' }],
      ]);
      const day = await query('query($r: ProbeRange) { span(period: "2026", range: $r) }', { r: { from: '29/11/2026' } });
      expect(day.body.errors?.map((error) => [error.message, error.extensions])).toEqual([
        [
          'Variable "$r" got invalid value "29/11/2026" at "r.from"; "29/11/2026" is not a date: use YYYY-MM-DD',
          { code: 'BAD_USER_INPUT', field: 'range.from' },
        ],
      ]);
    });

    it('keeps an internal failure inside: no message, stack or path leaves', async () => {
      const response = await post('{"query":"{ broken }"}');
      const text = await response.text();
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(text).not.toMatch(/SQLITE|no such table|server\.int\.spec|stacktrace/);
    });
  });
});
