import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { FetchNode, PlanNode, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { signToken } from '@salesgraph/auth';
import { checkQueryLimits, DEFAULT_PAGE_SIZE, measureQuery, QUERY_LIMITS, QUERY_TOO_COMPLEX, SUBGRAPH_QUERY_LIMITS } from '@salesgraph/subgraph-kit';
import { buildSchema, getOperationAST, GraphQLSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import { RunningGateway, startGateway } from './gateway';

const root = join(__dirname, '../../..');
/** The public schema, as clients see it through the gateway. */
const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return measureQuery(schema, document, operation, variables);
};
const refusal = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return checkQueryLimits(schema, document, operation, variables);
};

const SUMMARY = `receivables { outstanding overdue current days1To30 days31To60 days61To90 over90 dso openInvoices }
  satisfaction { averageScore surveyCount latest { score surveyedAt } }
  owner { id name revenue(period: $period) }`;
/** The customer list with each customer's summary: what the director's first screen shows. */
const customerSummaries = `query Customers($first: Int, $period: String!) {
  customers(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name class status ${SUMMARY} } } } }`;
const opportunityPage = `query Opportunities($first: Int) {
  opportunities(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id name amount weightedAmount stage probability expectedCloseDate
    customer { id name class } owner { id name } } } } }`;
const teamScorecards = `query TeamScorecards($cycle: ID!) {
  evaluationCycle(id: $cycle) { id name status scorecards { totalCount edges { node {
    rep { id name } total frozen
    lines { key name group raw target score weightPercent effectiveWeightPercent contribution evidence } } } } } }`;
/** 15 aliases of a fan-out through the organisation: 1.1 MB of answer on the demo data. */
const fanOut = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: teams { members { team { members { kpis(period: "2026") { kpis { name value target } } } } } }`).join(' ')} }`;

describe('the query limits, on the public schema', () => {
  it('admits every screen a client needs', () => {
    const screens = [
      measure(customerSummaries, { first: 100, period: '2026' }),
      measure(customerSummaries, { first: 50, period: '2026' }),
      measure(opportunityPage, { first: 100 }),
      measure(teamScorecards, { cycle: 'c1' }),
    ];
    for (const screen of screens) {
      expect(screen.costExceeded).toBe(false);
      expect(screen.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      expect(screen.depth).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
    }
    expect(refusal(customerSummaries, { first: 100, period: '2026' })).toBeUndefined();
    expect(refusal(opportunityPage, { first: 100 })).toBeUndefined();
  });

  it('refuses the nested fan-out for its cost, even with one alias', () => {
    const error = refusal(fanOut);
    expect(error?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', max: QUERY_LIMITS.maxCost, http: { status: 400 } });
    expect(error?.extensions['measured']).toBeGreaterThan(QUERY_LIMITS.maxCost);
    const one = measure(`{ teams { members { team { members { kpis(period: "2026") { kpis { name value target } } } } } } }`);
    expect(one.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('multiplies by the page size, read from a variable as from a literal, and the default page when absent', () => {
    const page = (first: string) =>
      `query${first.includes('$f') ? '($f: Int)' : ''} { customers${first} { edges { node { id name class status createdAt industry region address version lastVisitAt } } } }`;
    const literal = measure(page('(first: 100)'));
    const variable = measure(page('(first: $f)'), { f: 100 });
    expect(variable.cost).toBe(literal.cost);
    // 100 edges × (edge + node + 10 fields), plus the connection itself.
    expect(literal.cost).toBe(1 + 100 * (1 + 1 + 10));
    expect(measure(page('')).cost).toBe(1 + DEFAULT_PAGE_SIZE * 12);
    expect(measure(page('(first: $f)')).cost).toBe(1 + DEFAULT_PAGE_SIZE * 12);
    expect(measure(page('(first: 10)')).cost).toBeLessThan(literal.cost);
    // Past the largest page the resolver refuses, with a message that says so: not counted larger.
    expect(measure(page('(first: 100000)')).cost).toBe(literal.cost);
  });

  it('charges a selection written as colocated fragments what it charges inline', () => {
    const inline = `query($period: String!) { customers(first: 100) { edges { node { id name class status ${SUMMARY} } } } }`;
    // Overlapping fragments, as components write them: both want id, both reach into owner.
    const colocated = `query($period: String!) { customers(first: 100) { edges { node { ...Row ...Summary } } } }
      fragment Row on Customer { id name class status owner { id name } }
      fragment Summary on Customer { id ${SUMMARY} }`;
    const variables = { period: '2026' };
    expect(measure(colocated, variables)).toEqual(measure(inline, variables));
  });

  it('counts depth on the query as it runs, not through fragments', () => {
    // Seven levels, written as a component tree of fragments.
    const withFragments = `query { customers(first: 10) { ...Page } }
      fragment Page on CustomerConnection { edges { ...Edge } }
      fragment Edge on CustomerEdge { node { ...Row } }
      fragment Row on Customer { owner { ...Owner } }
      fragment Owner on SalesRep { team { ...TeamName } }
      fragment TeamName on Team { manager { ...Manager } }
      fragment Manager on SalesRep { name }`;
    const inline = `{ customers(first: 10) { edges { node { owner { team { manager { name } } } } } } }`;
    expect(measure(withFragments).depth).toBe(7);
    expect(measure(inline).depth).toBe(7);
    expect(refusal(withFragments)).toBeUndefined();
    const deep = `{ teams { members { team { members { team { members { team { members { team { members { team { name } } } } } } } } } } } }`;
    expect(refusal(deep)?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'depth', measured: 12, max: 10 });
  });

  it('skips what @skip and @include leave out, with their variables', () => {
    const query = `query($full: Boolean!) { customers(first: 100) { edges { node { id receivables @include(if: $full) { outstanding overdue current dso } } } } }`;
    expect(measure(query, { full: true }).cost).toBeGreaterThan(measure(query, { full: false }).cost);
  });

  it('counts aliases and directives, a fragment each time it is spread', () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: teams { id }`).join(' ')} }`;
    expect(refusal(aliases)?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'aliases', measured: 16, max: 15 });
    const spread = `{ a: teams { ...T } b: teams { ...T } } fragment T on Team { x: id y: name }`;
    expect(measure(spread).aliases).toBe(6);
  });

  it('refuses two such pages in one request, which together cost more than the budget', () => {
    const page = `edges { cursor node { id name class status ${SUMMARY} } }`;
    const twoPages = `query($period: String!) { a: customers(first: 100) { ${page} } b: customers(first: 100, after: "x") { ${page} } }`;
    expect(refusal(twoPages, { period: '2026' })?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost' });
  });

  it('refuses variables that do not coerce as a client error, before measuring', () => {
    expect(refusal(`query($f: Int) { customers(first: $f) { totalCount } }`, { f: 'many' })?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

/** A subgraph's schema as it serves it: the kit's common SDL and its features' SDL. */
function subgraphSchema(name: string): GraphQLSchema {
  const dir = join(root, 'apps', name, 'src');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.graphql')).sort();
  const sdl = [readFileSync(join(root, 'libs/subgraph-kit/src/common.graphql'), 'utf8'), ...files.map((file) => readFileSync(join(dir, file), 'utf8'))];
  return buildSubgraphSchema({ typeDefs: parse(sdl.join('\n')) });
}

function fetches(node: PlanNode | SubscriptionNode | undefined): FetchNode[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Subscription':
      return [node.primary, ...fetches(node.rest)];
    case 'Fetch':
      return [node];
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetches);
    case 'Flatten':
      return fetches(node.node);
    case 'Condition':
      return [...fetches(node.ifClause), ...fetches(node.elseClause)];
    case 'Defer':
      return [...fetches(node.primary.node), ...node.deferred.flatMap((deferred) => fetches(deferred.node))];
  }
}

describe('the query limits in the subgraphs, on what the gateway asks of them', () => {
  const supergraph = Supergraph.build(readFileSync(join(root, 'supergraph.graphql'), 'utf8'));
  const planner = new QueryPlanner(supergraph);
  const schemas = new Map<string, GraphQLSchema>();
  const schemaOf = (name: string) => {
    const schema = schemas.get(name) ?? subgraphSchema(name);
    schemas.set(name, schema);
    return schema;
  };

  it('admits every fetch planned for those screens, entity fetches of a page of 100 included', () => {
    const screens: Array<[string, Record<string, unknown>]> = [
      [customerSummaries, { first: 100, period: '2026' }],
      [opportunityPage, { first: 100 }],
      [teamScorecards, { cycle: 'c1' }],
    ];
    let entityFetches = 0;
    for (const [query, variables] of screens) {
      const plan = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query)));
      for (const fetch of fetches(plan.node)) {
        const document = parse(fetch.operation, { maxTokens: SUBGRAPH_QUERY_LIMITS.maxTokens });
        const operation = getOperationAST(document, fetch.operationName);
        if (!operation) throw new Error(`no operation in ${fetch.operation}`);
        const fetchVariables: Record<string, unknown> = Object.fromEntries((fetch.variableUsages ?? []).map((name) => [name, variables[name]]));
        const entity = fetch.requires?.[0];
        if (entity) {
          entityFetches += 1;
          const typename = entity.kind === Kind.INLINE_FRAGMENT ? entity.typeCondition : undefined;
          // As many as the page held, none shared: the most the gateway sends for a page of 100.
          fetchVariables['representations'] = Array.from({ length: 100 }, (_, i) => ({ __typename: typename, id: `id-${i}` }));
        }
        const schema = schemaOf(fetch.serviceName);
        expect(validate(schema, document)).toEqual([]);
        expect({ service: fetch.serviceName, refusal: checkQueryLimits(schema, document, operation, fetchVariables, SUBGRAPH_QUERY_LIMITS) }).toEqual({
          service: fetch.serviceName,
          refusal: undefined,
        });
      }
    }
    // Owners' names and revenue come from two other subgraphs.
    expect(entityFetches).toBeGreaterThanOrEqual(3);
  });
});

describe('the gateway refusing over HTTP', () => {
  const secret = 'query-limits-spec-secret-0000000000000000';
  let gateway: RunningGateway;
  // No subgraph is running: a refusal must come before any subgraph call, an admitted query fails to reach one.
  beforeAll(async () => {
    gateway = await startGateway({ supergraphPath: join(root, 'supergraph.graphql'), secret, port: 0, subgraphTimeoutMs: 200, log: () => undefined });
  });
  afterAll(() => gateway.stop());

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signToken(secret, { subject: 'director', role: 'DIRECTOR' })}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> } };
  };

  it('answers a query over the cost limit with 400 QUERY_TOO_COMPLEX, the measure and the limit', async () => {
    const { status, body } = await post(fanOut);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', max: QUERY_LIMITS.maxCost });
    expect(body.errors[0].extensions['measured']).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(body.errors[0].message).not.toMatch(/syntax/i);
  });

  it('answers a query over the token limit with 400 QUERY_TOO_COMPLEX, not a server error', async () => {
    const { status, body } = await post(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', max: QUERY_LIMITS.maxTokens } });
  });

  it('answers a query too deep with 400 QUERY_TOO_COMPLEX', async () => {
    const { status, body } = await post(`{ teams { members { team { members { team { members { team { members { team { members { team { name } } } } } } } } } } } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'depth', measured: 12, max: 10 });
  });

  it('lets a page of 100 customers with their summaries through to the subgraphs', async () => {
    const { body } = await post(customerSummaries, { first: 100, period: '2026' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'customer-relationship' });
  });

  it('still refuses a misspelt field as a validation error, without suggesting the right one', async () => {
    const { status, body } = await post(`{ customers(first: 1) { totalCont } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
  });
});
