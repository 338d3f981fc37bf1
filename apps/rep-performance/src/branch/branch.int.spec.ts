import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('branches', (kind) => {
  const t = withTestOrganisation(kind);

  it('shows the organisation as company → branches → teams → reps', async () => {
    const result = await t.subgraph.execute(director, `{ branches { name region teams { name members { name } } } }`);
    expect(result.data).toEqual({
      branches: [
        {
          name: 'North',
          region: 'North',
          teams: [
            { name: 'Alpha', members: [{ name: 'Ann' }, { name: 'Bob' }, { name: 'Mia' }] },
            { name: 'Beta', members: [{ name: 'Cy' }, { name: 'Max' }] },
          ],
        },
      ],
    });
  });
});
