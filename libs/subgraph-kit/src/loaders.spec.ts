import { groupedLoader } from './loaders';

interface Period {
  label: string;
}

describe('groupedLoader', () => {
  it('fetches once per group with each id once, and fails only the key whose value is an Error', async () => {
    const fetches: Array<[string, readonly string[]]> = [];
    const loader = groupedLoader<Period, number>(
      (period) => period.label,
      async (period, ids) => {
        fetches.push([period.label, ids]);
        return new Map<string, number | Error>(ids.map((id) => [id, id === 'hidden' ? new Error('not yours') : id.length]));
      },
    );
    const may = { label: '2026-05' };
    const [ann, bob, annAgain, june, hidden] = await Promise.allSettled([
      loader.load({ group: may, id: 'ann' }),
      loader.load({ group: may, id: 'bobby' }),
      loader.load({ group: { label: '2026-05' }, id: 'ann' }),
      loader.load({ group: { label: '2026-06' }, id: 'ann' }),
      loader.load({ group: may, id: 'hidden' }),
    ]);
    expect([ann, bob, annAgain, june].map((result) => (result as PromiseFulfilledResult<number>).value)).toEqual([3, 5, 3, 3]);
    expect((hidden as PromiseRejectedResult).reason.message).toBe('not yours');
    expect(fetches).toEqual([
      ['2026-05', ['ann', 'bobby', 'hidden']],
      ['2026-06', ['ann']],
    ]);
  });

  it('loads an id the fetch did not answer as null', async () => {
    const loader = groupedLoader<string, number>(
      (kind) => kind,
      async () => new Map(),
    );
    expect(await loader.load({ group: 'TEAM', id: 'north' })).toBeNull();
  });
});
