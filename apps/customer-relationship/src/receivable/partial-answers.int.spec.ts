/**
 * docs/architecture.md#errors: a rep asking for another rep's receivables alongside other
 * fields gets those fields, with repReceivables null and its FORBIDDEN error at
 * its path, instead of `data: null`.
 */
import { Viewer } from '@salesgraph/auth';
import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { startTestSubgraph, TestSubgraph } from '@salesgraph/subgraph-kit/testing';
import { customerRelationshipSubgraph } from '../subgraph';

const ann: Viewer = { subject: 'ann', role: 'REP', repId: 'rep-ann', teamId: 'north' };

describeOnEachDatabase('a refused field among others', (kind) => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(customerRelationshipSubgraph, kind);
  });
  afterAll(() => subgraph?.stop());

  it('answers the rest of the query, with another rep’s receivables null and FORBIDDEN at their path', async () => {
    const result = await subgraph.execute(
      ann,
      `{ mine: repReceivables(repId: "rep-ann") { outstanding } theirs: repReceivables(repId: "rep-bob") { outstanding } invoices(first: 1) { totalCount } }`,
    );
    expect(result.data).toEqual({ mine: { outstanding: '0.00' }, theirs: null, invoices: { totalCount: 0 } });
    expect(result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([[['theirs'], 'FORBIDDEN']]);
  });
});
