import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name class version keyAccountFund { budget spent remaining entries { amount purpose recordedBy } }`;

describeOnEachDatabase('key-account fund', (kind) => {
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

  it('keeps a key-account fund for A-class customers only, refusing draws beyond what remains', async () => {
    const key = await create(ann, { name: 'Key Co', class: 'A' });
    const small = await create(ann, { name: 'Small Co', class: 'C' });
    expect(onlyError(await mutate(nina, 'setKeyAccountFund', { customerId: small.id, budget: '100.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    expect(onlyError(await mutate(ann, 'setKeyAccountFund', { customerId: key.id, budget: '100.00' })).extensions?.['code']).toBe('FORBIDDEN');
    expect(onlyError(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '1.00', purpose: 'lunch' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.customerId',
    });
    data(await mutate(nina, 'setKeyAccountFund', { customerId: key.id, budget: '500.00' }));
    data(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '120.50', purpose: 'Factory tour' }));
    const over = onlyError(await mutate(ann, 'drawKeyAccountFund', { customerId: key.id, amount: '379.51', purpose: 'Gala' }));
    expect(over.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(over.message).toBe('only 379.50 remains in the fund');
    expect(onlyError(await mutate(nina, 'setKeyAccountFund', { customerId: key.id, budget: '100.00' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.budget',
    });
    expect((await fetchCustomer(ann, key.id)).keyAccountFund).toEqual({
      budget: '500.00',
      spent: '120.50',
      remaining: '379.50',
      entries: [{ amount: '120.50', purpose: 'Factory tour', recordedBy: 'ann' }],
    });
    expect((await fetchCustomer(ann, small.id)).keyAccountFund).toBeNull();
  });
});
