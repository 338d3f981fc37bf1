import DataLoader from 'dataloader';

/** A DataLoader over a batched `WHERE id IN (…)` fetch: null where a row is missing or not visible. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A DataLoader of child lists: one fetch for all parents, grouped by `parentKey`. */
export function childListLoader<T>(fetch: (parentIds: readonly string[]) => Promise<T[]>, parentKey: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of await fetch(parentIds)) groups.get(parentKey(row))?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * A DataLoader whose keys share some arguments (a period, an owner kind):
 * keys are batched per group, one fetch per group, so a page of reps asking
 * for the same period's figures costs one round of queries.
 */
export function groupedLoader<K extends { group: string; id: string }, V>(
  fetchGroup: (group: string, ids: readonly string[], sample: K) => Promise<Map<string, V>>,
): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(key.group, [...(groups.get(key.group) ?? []), key]);
      const results = new Map<string, V>();
      await Promise.all(
        [...groups].map(async ([group, members]) => {
          const found = await fetchGroup(group, [...new Set(members.map((member) => member.id))], members[0]);
          for (const [id, value] of found) results.set(`${group}\u0000${id}`, value);
        }),
      );
      return keys.map((key) => results.get(`${key.group}\u0000${key.id}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.group}\u0000${key.id}` },
  );
}
