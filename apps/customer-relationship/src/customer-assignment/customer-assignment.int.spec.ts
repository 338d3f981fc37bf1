import { Viewer } from '@salesgraph/auth';
import { EventEnvelope, readFeed } from '@salesgraph/events';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const bob: Viewer = { subject: 'bob', role: 'REP', repId: 'rep-bob', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name version owner { id } assignmentHistory { from { id } to { id } reason assignedBy }`;

describeOnEachDatabase('customer assignment', (kind) => {
  let subgraph: TestSubgraph;

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const create = async (viewer: Viewer, input: Record<string, unknown>) =>
    data<{ createCustomer: Record<string, unknown> & { id: string; version: number } }>(
      await subgraph.execute(viewer, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${FIELDS} } }`, { input }),
    ).createCustomer;
  const mutate = (viewer: Viewer, mutation: string, input: Record<string, unknown>) =>
    subgraph.execute(viewer, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${FIELDS} } }`, {
      input,
    });
  const fetchCustomer = async (viewer: Viewer, id: string) =>
    data<{ customer: Record<string, unknown> & { version: number } }>(
      await subgraph.execute(viewer, `query($id: ID!) { customer(id: $id) { ${FIELDS} } }`, { id }),
    ).customer;
  const eventsSince = async (count: number): Promise<EventEnvelope[]> => (await readFeed(subgraph.dataSource, 0, 10_000)).slice(count);
  const feedLength = async () => (await readFeed(subgraph.dataSource, 0, 10_000)).length;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = repDirectoryConsumer(handFedConsumerDeps(subgraph.dataSource));
    await directory.apply(
      [
        ['rep-ann', 'north'],
        ['rep-bob', 'north'],
        ['rep-nina', 'north'],
        ['rep-sam', 'south'],
      ].map(([repId, teamId], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId, name: repId },
      })),
    );
  });
  afterAll(() => subgraph?.stop());

  it('lets managers reassign within their team, keeps the reason in history, and moves visibility with it', async () => {
    const customer = await create(ann, { name: 'Moving Co', class: 'B' });
    expect(onlyError(await mutate(ann, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: 'x' })).extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-sam', reason: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.toRepId',
    });
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-ann', reason: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.toRepId',
    });
    expect(onlyError(await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: '  ' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const before = await feedLength();
    const moved = data<{ reassignCustomer: { owner: { id: string }; assignmentHistory: unknown[] } }>(
      await mutate(nina, 'reassignCustomer', { customerId: customer.id, toRepId: 'rep-bob', reason: 'Ann moves to key accounts' }),
    ).reassignCustomer;
    expect(moved.owner).toEqual({ id: 'rep-bob' });
    expect(moved.assignmentHistory).toEqual([{ from: { id: 'rep-ann' }, to: { id: 'rep-bob' }, reason: 'Ann moves to key accounts', assignedBy: 'nina' }]);
    expect((await eventsSince(before))[0]).toMatchObject({ type: 'CustomerReassigned', payload: { fromRepId: 'rep-ann', toRepId: 'rep-bob' } });
    expect(data<{ customer: unknown }>(await subgraph.execute(ann, `query($id: ID!) { customer(id: $id) { id } }`, { id: customer.id })).customer).toBeNull();
    expect((await fetchCustomer(bob, customer.id)).version).toBe(2);
  });
});
