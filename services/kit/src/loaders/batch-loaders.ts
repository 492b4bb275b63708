import DataLoader from 'dataloader';

/**
 * A per-request loader of entities by id: one query per batch, results returned in key order, null
 * for ids that do not exist. The cache lives as long as the request that created it.
 */
export function entityLoader<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  idOf: (entity: T) => string = (entity) => (entity as { id: string }).id,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((entity) => [idOf(entity), entity]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A per-request loader of the rows belonging to each key (e.g. enrollments by student). */
export function groupLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

/** A per-request loader of one value per key from a map-returning batch query. */
export function valueLoader<V>(
  fetch: (keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const values = await fetch(keys);
    return keys.map((key) => values.get(key) ?? fallback);
  });
}
