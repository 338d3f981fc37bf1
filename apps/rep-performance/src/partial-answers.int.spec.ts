/**
 * docs/architecture.md#errors: one refused field must not wipe the whole answer. A field a
 * viewer may not read is null with its FORBIDDEN error at its path, and the
 * rest of the query arrives (the SDL makes such fields nullable).
 */
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { director, withTestOrganisation } from './test-organisation';

describeOnEachDatabase('a refused field among others', (kind) => {
  const t = withTestOrganisation(kind);

  it('answers a rep the rest of a query that also asks for companyKpis, with companyKpis null and FORBIDDEN at its path', async () => {
    const query = `query($r: ID!) { salesRep(id: $r) { name } companyKpis(period: "2026") { ownerId } }`;
    const result = await t.subgraph.execute(t.org.viewers.ann, query, { r: t.org.reps.ann.id });
    expect(result.data).toEqual({ salesRep: { name: 'Ann' }, companyKpis: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['companyKpis'], 'FORBIDDEN']]);
    // A director gets both.
    expect((await t.subgraph.execute(director, query, { r: t.org.reps.ann.id })).data).toEqual({
      salesRep: { name: 'Ann' },
      companyKpis: { ownerId: 'company' },
    });
  });
});
