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

/** A key of a grouped loader: an owner's id and the arguments it shares with the rest of its batch (an owner kind, a period). */
export interface GroupedKey<G> {
  readonly group: G;
  readonly id: string;
}

/**
 * The one per-owner-per-period loader (docs/architecture.md#loaders): keys
 * that share a group (an owner kind and period, a cycle) are fetched
 * together, one fetch per group, so a page of reps asking for the same
 * period's figures costs one round of queries. `groupKey` names a group for
 * batching and caching (a period by its label). An id fetched as an Error
 * fails that key's load alone; an id not fetched loads as null.
 */
export function groupedLoader<G, V>(
  groupKey: (group: G) => string,
  fetchGroup: (group: G, ids: readonly string[]) => Promise<ReadonlyMap<string, V | Error>>,
): DataLoader<GroupedKey<G>, V | null, string> {
  const cacheKey = (key: GroupedKey<G>) => `${groupKey(key.group)}\u0000${key.id}`;
  return new DataLoader<GroupedKey<G>, V | null, string>(
    async (keys) => {
      const groups = new Map<string, { group: G; ids: Set<string> }>();
      for (const key of keys) {
        const name = groupKey(key.group);
        const found = groups.get(name) ?? { group: key.group, ids: new Set<string>() };
        found.ids.add(key.id);
        groups.set(name, found);
      }
      const results = new Map<string, V | Error>();
      await Promise.all(
        [...groups].map(async ([name, { group, ids }]) => {
          for (const [id, value] of await fetchGroup(group, [...ids])) results.set(`${name}\u0000${id}`, value);
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}
