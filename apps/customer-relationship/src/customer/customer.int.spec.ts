import { signGatewayCredential, signServiceToken, signToken, Viewer } from '@salesgraph/auth';
import { EventEnvelope, readFeed } from '@salesgraph/events';
import { pendingSchemaChanges, queryCounter } from '@salesgraph/persistence';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError, startTestSubgraph, TEST_SECRET, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const director: Viewer = { subject: 'director', role: 'DIRECTOR' };
const analyst: Viewer = { subject: 'analyst', role: 'ANALYST' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'team-north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'team-north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'team-south' };
const northManager: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'team-north' };

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name class status owner { id } createdAt } }`;
const LIST = `query($first: Int, $after: String, $filter: CustomerFilter) {
  customers(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name owner { id } } } }
}`;

function repRegistered(sequence: number, repId: string, teamId: string): EventEnvelope {
  return {
    id: `evt-${sequence}`,
    sequence,
    type: 'SalesRepRegistered',
    version: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: repId,
    payload: { repId, teamId, name: repId },
  };
}

describeOnEachDatabase('customers', (kind) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    // The rep directory is filled from rep-performance's feed, as in production.
    const directory = customerRelationshipSubgraph
      .consumers?.({
        dataSource: subgraph.dataSource,
        env: {},
        serviceToken: () => '',
        onError: (error) => {
          throw error;
        },
        onRecovered: () => undefined,
      })
      ?.find((consumer) => consumer.feed === 'rep-performance');
    if (!directory) throw new Error('customer-relationship reads no rep-performance feed');
    await directory.apply([
      repRegistered(1, 'rep-ann', 'team-north'),
      repRegistered(2, 'rep-bob', 'team-north'),
      repRegistered(3, 'rep-nina', 'team-north'),
      repRegistered(4, 'rep-sam', 'team-south'),
    ]);
  });
  afterAll(() => subgraph?.stop());

  const create = (viewer: Viewer, input: Record<string, unknown>) => subgraph.execute(viewer, CREATE, { input });

  it('leaves no schema change for the entities after migrating', async () => {
    expect(await pendingSchemaChanges(subgraph.dataSource)).toEqual([]);
  });

  it('files a customer for the rep who creates it, as a prospect, and announces it in the outbox', async () => {
    const before = await readFeed(subgraph.dataSource, 0, 1000);
    const result = await create(ann, { name: '  Acme Trading ', class: 'A' });
    expect(result.errors).toBeUndefined();
    const customer = (result.data as { createCustomer: { id: string; name: string; status: string; owner: { id: string } } }).createCustomer;
    expect(customer).toMatchObject({ name: 'Acme Trading', class: 'A', status: 'PROSPECT', owner: { id: 'rep-ann' } });
    const events = (await readFeed(subgraph.dataSource, 0, 1000)).slice(before.length);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'CustomerCreated', version: 1, aggregateId: customer.id });
    expect(events[0].payload).toMatchObject({ customerId: customer.id, ownerId: 'rep-ann', class: 'A' });
  });

  it.each([
    ['an empty name', ann, { name: '   ', class: 'B' }, 'input.name'],
    ['a rep filing for another rep', ann, { name: 'X', class: 'B', ownerId: 'rep-bob' }, 'input.ownerId'],
    ['a manager filing outside the team', northManager, { name: 'X', class: 'B', ownerId: 'rep-sam' }, 'input.ownerId'],
    ['an unknown owner', director, { name: 'X', class: 'B', ownerId: 'rep-nobody' }, 'input.ownerId'],
    ['a director without an owner', director, { name: 'X', class: 'B' }, 'input.ownerId'],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_case, viewer, input, field) => {
    const feedBefore = (await readFeed(subgraph.dataSource, 0, 1000)).length;
    const error = onlyError(await create(viewer, input));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await readFeed(subgraph.dataSource, 0, 1000)).length).toBe(feedBefore);
  });

  it('refuses a class that is not A–D, naming the field', async () => {
    const error = onlyError(await create(ann, { name: 'X', class: 'E' }));
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('input.class');
  });

  it('keeps analysts read-only', async () => {
    expect(onlyError(await create(analyst, { name: 'X', class: 'B', ownerId: 'rep-ann' })).extensions?.['code']).toBe('FORBIDDEN');
  });

  describe('row-level access', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      for (const [viewer, name] of [
        [bob, 'Bob Co'],
        [sam, 'Sam Co'],
        [northManager, 'Nina Co'],
      ] as const) {
        const result = await create(viewer, { name, class: 'C' });
        ids[name] = (result.data as { createCustomer: { id: string } }).createCustomer.id;
      }
    });

    const names = async (viewer: Viewer) => {
      const result = await subgraph.execute(viewer, LIST, { first: 100 });
      const connection = (result.data as { customers: { totalCount: number; edges: Array<{ node: { name: string } }> } }).customers;
      expect(connection.totalCount).toBe(connection.edges.length);
      return connection.edges.map((edge) => edge.node.name).sort();
    };

    it('shows a rep only their own customers', async () => {
      expect(await names(bob)).toEqual(['Bob Co']);
      expect(await names(sam)).toEqual(['Sam Co']);
    });

    it("shows a manager the whole team's customers", async () => {
      expect(await names(northManager)).toEqual(['Acme Trading', 'Bob Co', 'Nina Co']);
    });

    it('shows directors and analysts everything', async () => {
      expect(await names(director)).toEqual(['Acme Trading', 'Bob Co', 'Nina Co', 'Sam Co']);
      expect(await names(analyst)).toEqual(['Acme Trading', 'Bob Co', 'Nina Co', 'Sam Co']);
    });

    it('hides another rep’s customer from customer(id) and from _entities alike', async () => {
      const one = await subgraph.execute(bob, `query($id: ID!) { customer(id: $id) { id } }`, { id: ids['Sam Co'] });
      expect(one.data).toEqual({ customer: null });
      const entities = await subgraph.execute(bob, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }`, {
        r: [
          { __typename: 'Customer', id: ids['Sam Co'] },
          { __typename: 'Customer', id: ids['Bob Co'] },
        ],
      });
      expect(entities.data).toEqual({ _entities: [null, { id: ids['Bob Co'], name: 'Bob Co' }] });
    });
  });

  it('pages with cursors and filters', async () => {
    const first = await subgraph.execute(director, LIST, { first: 2 });
    const page1 = (
      first.data as { customers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } }
    ).customers;
    expect(page1.totalCount).toBe(4);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.execute(director, LIST, { first: 2, after: page1.pageInfo.endCursor });
    const page2 = (second.data as { customers: typeof page1 }).customers;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.edges, ...page2.edges].map((edge) => edge.node.id);
    expect(new Set(all).size).toBe(4);

    const filtered = await subgraph.execute(director, LIST, { first: 10, filter: { class: ['A'], nameContains: 'acme' } });
    expect((filtered.data as { customers: { totalCount: number } }).customers.totalCount).toBe(1);

    expect(onlyError(await subgraph.execute(director, LIST, { first: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(onlyError(await subgraph.execute(director, LIST, { after: 'bogus' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a page in the same number of SQL statements whatever its size', async () => {
    const counter = queryCounter(subgraph.dataSource);
    const small = await counter.countDuring(() => subgraph.execute(director, LIST, { first: 1 }));
    const large = await counter.countDuring(() => subgraph.execute(director, LIST, { first: 100 }));
    expect(small).toBe(2);
    expect(large).toBe(small);
  });

  describe('over HTTP', () => {
    const post = (body: unknown, token?: string) =>
      fetch(subgraph.running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });

    it('answers nothing without a token, not even _service or _entities', async () => {
      for (const query of ['{ _service { sdl } }', '{ customers { totalCount } }', '{ _entities(representations: []) { __typename } }']) {
        const response = await post({ query });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
        expect(body.data).toBeUndefined();
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses a forged token', async () => {
      const forged = signToken('some-other-secret-that-is-long-enough!!', director);
      expect((await post({ query: '{ customers { totalCount } }' }, forged)).status).toBe(401);
    });

    it('serves the gateway’s credential for a signed-in user, and refuses the user’s own token', async () => {
      const response = await post({ query: '{ customers { totalCount } }' }, signGatewayCredential(TEST_SECRET, director, 'req-1'));
      expect(await response.json()).toEqual({ data: { customers: { totalCount: 4 } } });
      const direct = await post({ query: '{ customers { totalCount } }' }, signToken(TEST_SECRET, director));
      expect(direct.status).toBe(401);
      expect(((await direct.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/answers only the gateway/);
    });

    it('serves the event feed to services only, oldest first', async () => {
      const feedUrl = subgraph.running.url.replace('/graphql', '/events');
      expect((await fetch(`${feedUrl}?after=0`)).status).toBe(401);
      const asUser = await fetch(`${feedUrl}?after=0`, { headers: { authorization: `Bearer ${signToken(TEST_SECRET, director)}` } });
      expect(asUser.status).toBe(403);
      const service = { authorization: `Bearer ${signServiceToken(TEST_SECRET, 'reporting')}` };
      const body = (await (await fetch(`${feedUrl}?after=1&limit=2`, { headers: service })).json()) as { events: EventEnvelope[] };
      expect(body.events.map((event) => event.sequence)).toEqual([2, 3]);
      expect((await fetch(`${feedUrl}?after=-1`, { headers: service })).status).toBe(400);
    });
  });
});
