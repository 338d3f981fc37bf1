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
