import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const analyst: Viewer = { subject: 'al', role: 'ANALYST' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('competitor intelligence', (kind) => {
  let subgraph: TestSubgraph;
  let acme = '';

  const data = <T>(result: GraphQLResult): T => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
    const directory = repDirectoryConsumer(handFedConsumerDeps(subgraph.dataSource));
    await directory.apply(
      [
        ['rep-ann', 'north', 'Ann'],
        ['rep-bob', 'north', 'Bob'],
        ['rep-nina', 'north', 'Nina'],
        ['rep-sam', 'south', 'Sam'],
      ].map(([repId, teamId, name], i) => ({
        id: `e${i}`,
        sequence: i + 1,
        type: 'SalesRepRegistered',
        version: 1,
        occurredAt: '',
        aggregateId: repId,
        payload: { repId, teamId, name },
      })),
    );
    acme = data<{ createCustomer: { id: string } }>(await subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });
  afterAll(() => subgraph?.stop());

  it('keeps competitor notes regional for all, but customer notes as private as the customer', async () => {
    const record = (viewer: Viewer, input: Record<string, unknown>) =>
      subgraph.execute(
        viewer,
        `mutation($input: RecordCompetitorIntelligenceInput!) { recordCompetitorIntelligence(input: $input) { competitor customer { name } } }`,
        { input: { competitor: 'RivalCo', topic: 'PRICE', note: 'Cut list prices 8 %', ...input } },
      );
    data(await record(sam, { region: 'South' }));
    expect(data(await record(ann, { customerId: acme }))).toEqual({ recordCompetitorIntelligence: { competitor: 'RivalCo', customer: { name: 'Acme' } } });
    expect(onlyError(await record(sam, { customerId: acme })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
    expect(onlyError(await record(analyst, { region: 'North' })).extensions?.['code']).toBe('FORBIDDEN');
    const notes = async (viewer: Viewer) =>
      data<{ competitorIntelligence: { totalCount: number } }>(
        await subgraph.execute(viewer, '{ competitorIntelligence(filter: { competitor: "RivalCo" }) { totalCount } }'),
      ).competitorIntelligence.totalCount;
    expect(await notes(sam)).toBe(1);
    expect(await notes(ann)).toBe(2);
    expect(await notes(director)).toBe(2);
  });
});
