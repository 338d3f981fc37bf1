import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { GraphQLResult, handFedConsumerDeps, onlyError, startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { repDirectoryConsumer } from '../rep-directory/rep-directory.consumer';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };

describeOnEachDatabase('satisfaction surveys', (kind) => {
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

  it('records satisfaction 1–5 and averages it on the customer', async () => {
    const survey = (score: number) =>
      subgraph.execute(ann, `mutation($c: ID!, $s: Int!) { recordSatisfactionSurvey(input: { customerId: $c, score: $s }) { score } }`, { c: acme, s: score });
    expect(onlyError(await survey(6)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    expect(onlyError(await survey(0)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    data(await survey(4));
    data(await survey(5));
    const satisfaction = data<{ customer: { satisfaction: { averageScore: number; surveyCount: number } } }>(
      await subgraph.execute(ann, `query($c: ID!) { customer(id: $c) { satisfaction { averageScore surveyCount latest { score } } } }`, { c: acme }),
    ).customer.satisfaction;
    expect(satisfaction).toMatchObject({ averageScore: 4.5, surveyCount: 2 });
  });
});
