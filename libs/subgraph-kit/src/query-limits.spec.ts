import { buildSchema, getOperationAST, GraphQLFormattedError, parse } from 'graphql';
import { checkQueryLimits, listSizesOf, QUERY_LIMITS, QUERY_TOO_COMPLEX, SUBGRAPH_QUERY_LIMITS } from './query-limits';
import { buildApollo, contextFor } from './server';
import { SubgraphDefinition } from './subgraph-definition';

/** A subgraph of one entity with nested lists, one of them sized in the SDL, served by the kit's real Apollo Server. */
const definition: SubgraphDefinition = {
  name: 'limits-test',
  defaultPort: 0,
  typeDefs: [
    // The kit's common SDL, prepended, links federation with @listSize imported.
    `type Rep @key(fields: "id") { id: ID! name: String! peers: [Rep!]! scores: [Score!]! @listSize(assumedSize: 4) }
     type Score { key: String! value: Float! }
     type Query { rep(id: ID!): Rep }`,
  ],
  resolvers: {
    Rep: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      name: (rep: { id: string }) => `Rep ${rep.id}`,
      peers: () => [],
      scores: () => [{ key: 'visits', value: 1 }],
    },
    Query: { rep: (_: unknown, args: { id: string }) => ({ id: args.id }) },
  },
  database: undefined as never,
  createServices: () => undefined,
  createLoaders: () => undefined,
};

describe('the query limits in a subgraph (buildApollo)', () => {
  const apollo = buildApollo(definition);
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: contextFor(definition, undefined as never, undefined, { subject: 'gateway', role: 'DIRECTOR' }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult as { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] };
    return { status: response.http.status ?? 200, data, errors };
  };
  const representations = (count: number) => Array.from({ length: count }, (_, i) => ({ __typename: 'Rep', id: `r${i}` }));
  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Rep { id name scores { key value } } } }`;

  it('answers the entity fetch the gateway makes for a page of 100', async () => {
    const result = await run(entities, { r: representations(100) });
    expect(result.errors).toBeUndefined();
    expect((result.data?.['_entities'] as unknown[]).length).toBe(100);
  });

  it('counts an entity fetch by its representations and lists by their @listSize, and refuses one past the cost limit', async () => {
    // Each Rep costs 1 + 4 scores (the SDL's assumed size; id, name, key and value are free) = 5:
    // 100 cost 500, 2,401 cost 12,005.
    const result = await run(entities, { r: representations(2401) });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toEqual({ code: QUERY_TOO_COMPLEX, limit: 'cost', measured: 2401 * 5, max: SUBGRAPH_QUERY_LIMITS.maxCost });
    expect((await run(entities, { r: representations(2400) })).errors).toBeUndefined();
  });

  it('refuses a query too deep with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const deep = `{ rep(id: "a") { peers { peers { peers { peers { peers { peers { peers { peers { peers { peers { id } } } } } } } } } } } }`;
    const result = await run(deep);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions).toEqual({ code: QUERY_TOO_COMPLEX, limit: 'depth', measured: 12, max: QUERY_LIMITS.maxDepth });
  });

  it('allows the gateway’s longer operations, but not without bound', async () => {
    // An inlined fragment five tokens long, repeated as the gateway repeats the client's fragments.
    const fields = (count: number) => `{ rep(id: "a") { ${Array.from({ length: count }, () => '... on Rep { id }').join(' ')} } }`;
    // Over the client's 2,000 tokens, within a subgraph's.
    expect((await run(fields(500))).errors).toBeUndefined();
    const tooLong = await run(fields(SUBGRAPH_QUERY_LIMITS.maxTokens));
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors?.[0].extensions).toEqual({
      code: QUERY_TOO_COMPLEX,
      limit: 'tokens',
      measured: SUBGRAPH_QUERY_LIMITS.maxTokens + 1,
      max: SUBGRAPH_QUERY_LIMITS.maxTokens,
    });
  });
});

describe('measuring a query whose merged fields multiply through fragments', () => {
  it('stops once past the cost limit and refuses with the count so far, without walking every path', () => {
    const schema = buildSchema(`type Node { a: Node b: Node c: Node d: Node id: ID } type Query { node: Node }`);
    // Four fields each spreading the next fragment, eight deep: 4^8 = 65,536 distinct paths from a few hundred tokens.
    const fragments = Array.from(
      { length: 8 },
      (_, i) => `fragment F${i} on Node { ${['a', 'b', 'c', 'd'].map((field) => `${field} { ${i < 7 ? `...F${i + 1}` : 'id'} }`).join(' ')} }`,
    );
    const document = parse(`{ node { ...F0 } } ${fragments.join(' ')}`);
    const error = checkQueryLimits(schema, document, getOperationAST(document) as never, {});
    // Measured one past the limit, not 65,536: it stopped there instead of walking every path (its speed is benchmarked, not timed here).
    expect(error?.extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost', measured: QUERY_LIMITS.maxCost + 1, max: QUERY_LIMITS.maxCost });
    expect(error?.message).toContain(`at least ${QUERY_LIMITS.maxCost + 1}`);
  });
});

describe('reading @listSize from SDL', () => {
  it('finds it under the name the schema’s @link gives it, and only its assumedSize', () => {
    const sizes = (link: string, directive: string) =>
      listSizesOf(`extend schema ${link}
        type Team { members: [Rep!]! ${directive} } type Rep { id: ID } type Query { teams: [Team!]! }`);
    const federation = '@link(url: "https://specs.apollo.dev/federation/v2.9"';
    expect(sizes(`${federation}, import: ["@listSize"])`, '@listSize(assumedSize: 12)')).toEqual(new Map([['Team.members', 12]]));
    expect(sizes(`${federation})`, '@federation__listSize(assumedSize: 12)')).toEqual(new Map([['Team.members', 12]]));
    expect(sizes(`${federation}, as: "fed")`, '@fed__listSize(assumedSize: 12)')).toEqual(new Map([['Team.members', 12]]));
    expect(sizes(`${federation}, import: [{ name: "@listSize", as: "@size" }])`, '@size(assumedSize: 12)')).toEqual(new Map([['Team.members', 12]]));
    expect(sizes('@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])', '@listSize(assumedSize: 12)')).toEqual(
      new Map([['Team.members', 12]]),
    );
    // Not linked under that name, or no assumed size: nothing to read.
    expect(sizes(`${federation})`, '@listSize(assumedSize: 12)')).toEqual(new Map());
    expect(sizes(`${federation}, import: ["@listSize"])`, '@listSize(slicingArguments: ["first"])')).toEqual(new Map());
  });
});
