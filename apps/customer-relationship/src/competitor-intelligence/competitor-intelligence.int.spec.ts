import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { withCustomerSubgraph } from '../customer/customer-spec-kit';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };
const sam: Viewer = { subject: 'sam', role: 'REP', repId: 'rep-sam', teamId: 'south' };
const analyst: Viewer = { subject: 'al', role: 'ANALYST' };
const director: Viewer = { subject: 'dora', role: 'DIRECTOR' };

describeOnEachDatabase('competitor intelligence', (kind) => {
  const t = withCustomerSubgraph(kind);
  const { data } = t;
  let acme = '';

  beforeAll(async () => {
    acme = data<{ createCustomer: { id: string } }>(await t.subgraph.execute(ann, `mutation { createCustomer(input: { name: "Acme", class: A }) { id } }`))
      .createCustomer.id;
  });

  it('keeps competitor notes regional for all, but customer notes as private as the customer', async () => {
    const record = (viewer: Viewer, input: Record<string, unknown>) =>
      t.subgraph.execute(
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
        await t.subgraph.execute(viewer, '{ competitorIntelligence(filter: { competitor: "RivalCo" }) { totalCount } }'),
      ).competitorIntelligence.totalCount;
    expect(await notes(sam)).toBe(1);
    expect(await notes(ann)).toBe(2);
    expect(await notes(director)).toBe(2);
  });
});
