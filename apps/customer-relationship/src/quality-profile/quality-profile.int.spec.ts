import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };
const analyst: Viewer = { subject: 'al', role: 'ANALYST' };
const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const nina: Viewer = { subject: 'nina', role: 'MANAGER', repId: 'rep-nina', teamId: 'north' };

const FIELDS = `id name version qualityProfile { yearsInBusiness industryStanding notes version }`;

describeOnEachDatabase('customer quality profile', (kind) => {
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

  it('shows the quality profile to the owner and managers but not to analysts, and guards it with a version', async () => {
    const customer = await create(ann, { name: 'Profile Co', class: 'A' });
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, version: 3, notes: 'x' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.version',
    });
    data(
      await mutate(ann, 'setCustomerQualityProfile', {
        customerId: customer.id,
        yearsInBusiness: 12,
        industryStanding: 'CHALLENGER',
        notes: 'Reads the trade press',
      }),
    );
    expect((await fetchCustomer(ann, customer.id)).qualityProfile).toEqual({
      yearsInBusiness: 12,
      industryStanding: 'CHALLENGER',
      notes: 'Reads the trade press',
      version: 1,
    });
    expect((await fetchCustomer(nina, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 12 });
    expect((await fetchCustomer(director, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 12 });
    expect((await fetchCustomer(analyst, customer.id)).qualityProfile).toBeNull();
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, yearsInBusiness: -1, version: 1 })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.yearsInBusiness',
    });
    data(await mutate(nina, 'setCustomerQualityProfile', { customerId: customer.id, version: 1, yearsInBusiness: 13 }));
    expect(onlyError(await mutate(ann, 'setCustomerQualityProfile', { customerId: customer.id, version: 1, yearsInBusiness: 14 })).extensions?.['code']).toBe(
      'CONFLICT',
    );
    expect((await fetchCustomer(ann, customer.id)).qualityProfile).toMatchObject({ yearsInBusiness: 13, version: 2 });
  });
});
