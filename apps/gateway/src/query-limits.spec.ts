import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { FetchNode, PlanNode, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { signToken } from '@salesgraph/auth';
import {
  checkQueryLimits,
  DEFAULT_PAGE_SIZE,
  listSizesOf,
  measureQuery,
  QUERY_LIMITS,
  QUERY_TOO_COMPLEX,
  SUBGRAPH_QUERY_LIMITS,
} from '@salesgraph/subgraph-kit';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { RunningGateway, startGateway } from './gateway';

const root = join(__dirname, '../../..');
/** The public schema, as clients see it through the gateway. */
const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
/** The lists' assumed sizes, as the gateway reads them: from the supergraph, since the API schema has no @listSize. */
const listSizes = listSizesOf(readFileSync(join(root, 'supergraph.graphql'), 'utf8'));

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return measureQuery(schema, document, operation, variables, QUERY_LIMITS, listSizes);
};
const refusal = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return checkQueryLimits(schema, document, operation, variables, QUERY_LIMITS, listSizes);
};

const SUMMARY = `receivables { outstanding overdue current days1To30 days31To60 days61To90 over90 dso openInvoices }
  satisfaction { averageScore surveyCount latest { score surveyedAt } }
  owner { id name revenue(period: $period) }`;
/** The customer list with each customer's summary: what the director's first screen shows. */
const customerSummaries = `query Customers($first: Int, $period: Period!) {
  customers(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name class status ${SUMMARY} } } } }`;
const opportunityPage = `query Opportunities($first: Int) {
  opportunities(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id name amount weightedAmount stage probability expectedCloseDate
    customer { id name class } owner { id name } } } } }`;
const teamScorecards = `query TeamScorecards($cycle: ID!, $first: Int) {
  evaluationCycle(id: $cycle) { id name status scorecards(first: $first) { totalCount edges { node {
    rep { id name } total frozen
    lines { key name group raw target score weightPercent effectiveWeightPercent contribution evidence } } } } } }`;
/** The order list with lines, invoices and their payments. */
const orderPage = `query Orders($first: Int) { orders(first: $first) { edges { node {
  id status total grossProfit maxDiscountPercent termsBeyondStandard paymentTermsDays discountApprovedBy invoiced version
  lines { product units listPrice discountPercent netPrice unitCost lineTotal grossProfit }
  invoices { id amount paid outstanding dueDate status agingBucket daysPastDue version payments { amount recordedBy } } } } } }`;
/** Customers with their child lists and summaries. */
const customerChildren = `query Customers($first: Int) { customers(first: $first) { totalCount edges { node {
  name owner { id } contacts { name roles } lastVisit { visitedAt } openOpportunities { name stage } receivables { outstanding overdue dso } } } } }`;
/** The customer page with every profile field. */
const customerProfiles = `query Profiles($first: Int) { customers(first: $first) { edges { node {
  id name class status version region industry address source relationshipLevel owner { id } allowedNextStatuses
  lastVisitAt nextVisitDueAt visitOverdue daysOverdue assignmentHistory { from { id } to { id } reason assignedBy }
  keyAccountFund { budget spent remaining entries { amount purpose recordedBy } } qualityProfile { yearsInBusiness industryStanding notes version } } } } }`;
/** The team board: reps with every KPI and the facts behind it. */
const repBoard = `query Board($first: Int) { salesReps(first: $first) { edges { node {
  id name kpis(period: "2026-05") { kpis { key name value target attainment facts { name value } } } } } } }`;
/** A manager's team board: the team's members with every KPI and its facts. */
const teamBoard = `query TeamBoard($manager: ID!) { salesRep(id: $manager) { team { id name members {
  id name kpis(period: "2026-05") { kpis { key name value target attainment facts { name value } } } } } } }`;
/** Every team's board, KPIs without their facts. */
const allTeamsBoard = `{ teams { id name members { id name kpis(period: "2026-05") { kpis { key name value target attainment } } } } }`;
/** A fan-out through the organisation: every team's members' teams' members' KPIs, each team walked once per member. */
const oneFanOut = `{ teams { members { team { members { kpis(period: "2026") { kpis { name value facts { name value } } } } } } } }`;
/** 15 aliases of it: 1.1 MB of answer on the demo data. */
const fanOut = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${oneFanOut.slice(2, -2)}`).join(' ')} }`;

describe('the query limits, on the public schema', () => {
  it('admits every screen a client needs, at a page of 100', () => {
    const screens: Array<[string, string, Record<string, unknown>, number]> = [
      // 1 connection + 100 × (edge + node + receivables + satisfaction + latest + owner) + pageInfo
      ['customer summaries', customerSummaries, { first: 100, period: '2026' }, 602],
      // 1 + 100 × (edge + node + owner + 5 contacts + last visit + 5 open opportunities + receivables)
      ['customers with child lists', customerChildren, { first: 100 }, 1501],
      // 1 + 100 × (edge + node + owner + 3 × (assignment + from + to) + fund + 12 entries + quality profile)
      ['customer profiles', customerProfiles, { first: 100 }, 2601],
      // 1 + 100 × (edge + node + 5 lines + 2 × (invoice + 3 payments))
      ['orders with lines, invoices and payments', orderPage, { first: 100 }, 1501],
      // 1 + pageInfo + 100 × (edge + node + customer + owner)
      ['opportunities with customer and owner', opportunityPage, { first: 100 }, 402],
      // cycle + connection + 100 × (edge + node + rep + 10 lines)
      ['a cycle’s scorecards with lines', teamScorecards, { cycle: 'c1', first: 100 }, 1302],
      // 1 + 100 × (edge + node + report + 26 × (KPI + 3 facts))
      ['reps with KPIs and facts', repBoard, { first: 100 }, 10701],
      // manager + team + 10 × (rep + report + 26 × (KPI + 3 facts))
      ['a team’s members with KPIs and facts', teamBoard, { manager: 'r1' }, 1062],
      // 20 × (team + 10 × (rep + report + 26 KPIs))
      ['every team’s members with KPIs', allTeamsBoard, {}, 5620],
    ];
    for (const [name, query, variables, cost] of screens) {
      const screen = measure(query, variables);
      expect({ name, cost: screen.cost, costExceeded: screen.costExceeded, tooDeep: screen.depth > QUERY_LIMITS.maxDepth }).toEqual({
        name,
        cost,
        costExceeded: false,
        tooDeep: false,
      });
      expect({ name, refusal: refusal(query, variables) }).toEqual({ name, refusal: undefined });
    }
  });

  it('refuses the nested fan-out for its cost, even with one alias', () => {
    const error = refusal(fanOut);
    expect(error?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', max: QUERY_LIMITS.maxCost, http: { status: 400 } });
    expect(error?.extensions['measured']).toBeGreaterThan(QUERY_LIMITS.maxCost);
    // 20 teams × (1 + 10 members × (1 + team + 10 members × (1 + report + 26 × (KPI + 3 facts)))):
    // 2,000 KPI reports where the team board computes 100, each team's walked once per member.
    const one = measure(oneFanOut);
    expect(one.cost).toBe(20 * (1 + 10 * (1 + 1 + 10 * (1 + 1 + 26 * (1 + 3)))));
    expect(refusal(oneFanOut)?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', measured: 212_420, max: QUERY_LIMITS.maxCost });
  });

  it('counts every list without paging arguments at the size its field declares in the SDL', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((arg) => arg.name === 'first') || (type.name.endsWith('Connection') && field.name === 'edges');
        if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)) && !paged && !listSizes.has(`${type.name}.${field.name}`)) {
          unsized.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unsized).toEqual([]);
    expect([listSizes.get('Team.members'), listSizes.get('KpiReport.kpis'), listSizes.get('Order.lines')]).toEqual([10, 26, 5]);
    // Scalars and enums are free, lists of them too; a list of objects multiplies its items' selection.
    expect(measure(`{ salesRep(id: "r") { team { members { id name } } } }`).cost).toBe(1 + 1 + 10);
    expect(measure(`{ salesRep(id: "r") { id name team { id name members { id } } } }`).cost).toBe(
      measure(`{ salesRep(id: "r") { team { members { id } } } }`).cost,
    );
  });

  it('multiplies by the page size, read from a variable as from a literal, and the default page when absent', () => {
    const page = (first: string) =>
      `query${first.includes('$f') ? '($f: Int)' : ''} { customers${first} { edges { node { id name class status createdAt industry region address version lastVisitAt } } } }`;
    const literal = measure(page('(first: 100)'));
    const variable = measure(page('(first: $f)'), { f: 100 });
    expect(variable.cost).toBe(literal.cost);
    // 100 edges × (edge + node; the 10 scalar fields are free), plus the connection itself.
    expect(literal.cost).toBe(1 + 100 * (1 + 1));
    expect(measure(page('')).cost).toBe(1 + DEFAULT_PAGE_SIZE * 2);
    expect(measure(page('(first: $f)')).cost).toBe(1 + DEFAULT_PAGE_SIZE * 2);
    expect(measure(page('(first: 10)')).cost).toBeLessThan(literal.cost);
    // Past the largest page the resolver refuses, with a message that says so: not counted larger.
    expect(measure(page('(first: 100000)')).cost).toBe(literal.cost);
  });

  it('charges a selection written as colocated fragments what it charges inline', () => {
    const inline = `query($period: Period!) { customers(first: 100) { edges { node { id name class status ${SUMMARY} } } } }`;
    // Overlapping fragments, as components write them: both want id, both reach into owner.
    const colocated = `query($period: Period!) { customers(first: 100) { edges { node { ...Row ...Summary } } } }
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

  it('refuses two pages of the costliest screen in one request, which together cost more than the budget', () => {
    const page = `edges { node { id name kpis(period: "2026-05") { kpis { key name value target attainment facts { name value } } } } }`;
    const twoPages = `{ a: salesReps(first: 100) { ${page} } b: salesReps(first: 100, after: "x") { ${page} } }`;
    expect(refusal(twoPages)?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', measured: 2 * 10701 });
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
      [customerChildren, { first: 100 }],
      [customerProfiles, { first: 100 }],
      [orderPage, { first: 100 }],
      [opportunityPage, { first: 100 }],
      [teamScorecards, { cycle: 'c1', first: 100 }],
      [repBoard, { first: 100 }],
      [teamBoard, { manager: 'r1' }],
      [allTeamsBoard, {}],
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
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> },
    };
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
    const { status, body } = await post(
      `{ teams { members { team { members { team { members { team { members { team { members { team { name } } } } } } } } } } } }`,
    );
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'depth', measured: 12, max: 10 });
  });

  it('lets a page of 100 customers with their summaries through to the subgraphs', async () => {
    const { body } = await post(customerSummaries, { first: 100, period: '2026' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'customer-relationship' });
  });

  it('sizes lists as the supergraph’s @listSize says: a page of 100 reps with KPIs and facts goes through', async () => {
    // At the fallback size of 10 for every list it would cost 11,301 and be refused.
    const { body } = await post(repBoard, { first: 100 });
    expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'rep-performance' });
  });

  it('still refuses a misspelt field as a validation error, without suggesting the right one', async () => {
    const { status, body } = await post(`{ customers(first: 1) { totalCont } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
  });
});
