/**
 * docs/architecture.md#errors, through the gateway: a rep's query that also asks for
 * company figures (rep-performance) and another rep's receivables
 * (customer-relationship) answers everything else, with each refused field
 * null and its FORBIDDEN error at its path.
 */
import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { Suite } from './suite';

const admin: Viewer = { subject: 'admin', role: 'ADMIN' };

describeOnEachDatabase('refused fields in a federated query', (kind) => {
  const suite = new Suite(kind);
  let ann: Viewer;

  beforeAll(async () => {
    await suite.start();
    const team = await suite.query<{ createTeam: { id: string } }>(admin, `mutation { createTeam(input: { name: "North" }) { id } }`);
    const teamId = team.data?.createTeam.id as string;
    const rep = await suite.query<{ registerSalesRep: { id: string } }>(
      admin,
      `mutation($t: ID!) { registerSalesRep(input: { name: "Ann", email: "ann@example.com", type: BOTH, teamId: $t }) { id } }`,
      { t: teamId },
    );
    const repId = rep.data?.registerSalesRep.id as string;
    ann = { subject: 'ann', role: 'REP', repId, teamId };
  });
  afterAll(() => suite.stop());

  it('answers the rest, with companyKpis and another rep’s repReceivables null and FORBIDDEN at their paths', async () => {
    const result = await suite.query(
      ann,
      `query($r: ID!) { salesRep(id: $r) { name } companyKpis(period: "2026") { ownerId } repReceivables(repId: "someone-else") { outstanding } }`,
      { r: ann.repId },
    );
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
