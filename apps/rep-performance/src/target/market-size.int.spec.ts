import { describeOnEachDatabase } from '@salesgraph/persistence/testing';
import { onlyError } from '@salesgraph/subgraph-kit/testing';
import { MarketSizeEntity } from './target.entity';
import { data, director, withTestOrganisation } from '../test-organisation';

describeOnEachDatabase('market sizes', (kind) => {
  const t = withTestOrganisation(kind);
  const SET = `mutation($i: SetMarketSizeInput!) { setMarketSize(input: $i) { region period amount } }`;

  it('records the market of a region a branch has', async () => {
    expect(data(await t.subgraph.execute(director, SET, { i: { region: 'North', period: '2026', amount: '1000000.00' } }))).toEqual({
      setMarketSize: { region: 'North', period: '2026', amount: '1000000.00' },
    });
  });

  it('refuses a region no branch has, naming the regions there are, and records nothing', async () => {
    const error = onlyError(await t.subgraph.execute(director, SET, { i: { region: 'Atlantis', period: '2026', amount: '5.00' } }));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.region' });
    expect(error.message).toBe('no branch has the region "Atlantis": use one of "North"');
    expect(await t.subgraph.dataSource.getRepository(MarketSizeEntity).countBy({ region: 'Atlantis' })).toBe(0);
  });
});
