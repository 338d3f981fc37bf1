import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };

describeOnEachDatabase('satisfaction surveys', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;
  let acme = '';

  beforeAll(async () => {
    acme = data<{ createCustomer: { id: string } }>(await t.subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });

  it('records satisfaction 1–5 and averages it on the customer', async () => {
    const survey = (score: number) =>
      t.subgraph.execute(ann, `mutation($c: ID!, $s: Int!) { recordSatisfactionSurvey(input: { customerId: $c, score: $s }) { score } }`, {
        c: acme,
        s: score,
      });
    expect(onlyError(await survey(6)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    expect(onlyError(await survey(0)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
    data(await survey(4));
    data(await survey(5));
    const satisfaction = data<{ customer: { satisfaction: { averageScore: number; surveyCount: number } } }>(
      await t.subgraph.execute(ann, `query($c: ID!) { customer(id: $c) { satisfaction { averageScore surveyCount latest { score } } } }`, { c: acme }),
    ).customer.satisfaction;
    expect(satisfaction).toMatchObject({ averageScore: 4.5, surveyCount: 2 });
  });
});
