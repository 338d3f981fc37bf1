/**
 * docs/architecture.md#errors, through the gateway: a rep's query that also asks for
 * company figures (rep-performance) and another rep's receivables
 * (customer-relationship) answers everything else, with each refused field
 * null and its FORBIDDEN error at its path. The test makes its own rep, so it
 * is independent of order: it passes alone (-t) and in any order (--randomize).
 */
import { CustomerRowsWithOwnersDocument, RepWithRefusedFieldsDocument } from '@salesgraph/graphql-types';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { director, Suite, uniqueName } from './suite';

describeOnEachDatabase('refused fields in a federated query', (kind) => {
  const suite = new Suite(kind);

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('answers the rest, with companyKpis and another rep’s repReceivables null and FORBIDDEN at their paths', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('North')));
    const result = await suite.as(ann).execute(RepWithRefusedFieldsDocument, { r: ann.repId });
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

  it('still lists customers while rep-performance is down: each owner null with an error at its path, every name there', async () => {
    const ann = await suite.registerRep('Ann', await suite.createTeam(uniqueName('West')));
    const tag = uniqueName('Degraded');
    for (const name of ['A', 'B']) await suite.createCustomer(ann, `${tag} ${name}`);
    const result = await suite.whileStopped('rep-performance', () => suite.as(director).execute(CustomerRowsWithOwnersDocument, { nameContains: tag }));
    expect(result.data?.customers.totalCount).toBe(2);
    expect(result.data?.customers.edges.map((edge) => [edge.node.name, edge.node.owner])).toEqual([
      [`${tag} A`, null],
      [`${tag} B`, null],
    ]);
    const failures = (result.errors ?? []).map((error) => [error.path, error.extensions?.['code'], error.extensions?.['serviceName']]);
    expect(failures).toEqual(
      expect.arrayContaining([
        [['customers', 'edges', 0, 'node', 'owner', 'name'], 'SERVICE_UNAVAILABLE', 'rep-performance'],
        [['customers', 'edges', 1, 'node', 'owner', 'name'], 'SERVICE_UNAVAILABLE', 'rep-performance'],
      ]),
    );
  });
});
