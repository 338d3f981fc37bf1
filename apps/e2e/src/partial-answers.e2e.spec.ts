/**
 * docs/architecture.md#errors, through the gateway: a rep's query that also asks for
 * company figures (rep-performance) and another rep's receivables
 * (customer-relationship) answers everything else, with each refused field
 * null and its FORBIDDEN error at its path.
 */
import { Viewer } from '@salesgraph/auth';
import { CreateTeamDocument, RegisterSalesRepDocument, RepWithRefusedFieldsDocument } from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { Suite } from './suite';

const admin: Viewer = { subject: 'admin', role: 'ADMIN' };

describeOnEachDatabase('refused fields in a federated query', (kind) => {
  const suite = new Suite(kind);
  let ann: Viewer;

  beforeAll(async () => {
    await suite.start();
    const teamId = (await suite.as(admin).request(CreateTeamDocument, { input: { name: 'North' } })).createTeam.id;
    const repId = (await suite.as(admin).request(RegisterSalesRepDocument, { input: { name: 'Ann', email: 'ann@example.com', type: 'BOTH', teamId } }))
      .registerSalesRep.id;
    ann = { subject: 'ann', role: 'REP', repId, teamId };
  });
  afterAll(() => suite.stop());

  it('answers the rest, with companyKpis and another rep’s repReceivables null and FORBIDDEN at their paths', async () => {
    const result = await suite.as(ann).execute(RepWithRefusedFieldsDocument, { r: ann.repId as string });
    expect(result.data).toEqual({ salesRep: { name: 'Ann' }, companyKpis: null, repReceivables: null });
    const refused = (result.errors ?? []).map((error) => [error.path, error.extensions?.['code']]);
    expect(refused).toEqual(
      expect.arrayContaining([
        [['companyKpis'], 'FORBIDDEN'],
        [['repReceivables'], 'FORBIDDEN'],
      ]),
    );
    expect(refused).toHaveLength(2);
  });
});
