import DataLoader from 'dataloader';
import { type Connection, type CursorValue, type PageRequest, pageRequest, toConnection } from '../pagination/connection';

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

/** Where a nested connection's rows come from, for many parents at once (one statement each). */
export interface ParentPageSource<T, F> {
  /** Up to `first + 1` rows per parent after the cursor, in keyset order (`applyKeysetPerParent`). */
  page(parentIds: readonly string[], filter: F, page: PageRequest): Promise<T[]>;
  /** Row counts per parent (`countPerParent`); only asked when a client selects `totalCount`. */
  count(parentIds: readonly string[], filter: F): Promise<Map<string, number>>;
  parentOf(row: T): string;
  cursorOf(row: T): CursorValue[];
  /** How many keyset values a cursor holds. */
  arity: number;
}

/**
 * A nested connection of one parent, e.g. a partner's `opportunities(status, first, after)`; the
 * page arguments are validated like a top-level connection's.
 */
export type ConnectionLoader<T, F> = (
  parentId: string,
  filter: F,
  args: { first?: number | null; after?: string | null },
) => Promise<Connection<T>>;

/**
 * A per-request loader of nested connections: the parents asking for the same filter and page
 * arguments in one tick share ONE page statement, and their `totalCount`s ONE count statement. The
 * cursor semantics are `toConnection`'s, so a nested page reads like a top-level one.
 */
export function connectionLoader<T, F>(source: ParentPageSource<T, F>): ConnectionLoader<T, F> {
  const pages = new DataLoader<{ parentId: string; filter: F; page: PageRequest }, T[], string>(
    (keys) =>
      perArguments(keys, ({ filter, page }) => ({ filter, page }), async (parentIds, { filter, page }) => {
        const groups = new Map<string, T[]>();
        for (const row of await source.page(parentIds, filter, page)) {
          const parentId = source.parentOf(row);
          groups.set(parentId, [...(groups.get(parentId) ?? []), row]);
        }
        return (parentId) => groups.get(parentId) ?? [];
      }),
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.filter, key.page]) },
  );
  const counts = new DataLoader<{ parentId: string; filter: F }, number, string>(
    (keys) =>
      perArguments(keys, ({ filter }) => filter, async (parentIds, filter) => {
        const found = await source.count(parentIds, filter);
        return (parentId) => found.get(parentId) ?? 0;
      }),
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.filter]) },
  );
  return async (parentId, filter, args) => {
    const page = pageRequest(args, { arity: source.arity });
    return toConnection(await pages.load({ parentId, filter, page }), page, source.cursorOf, () => counts.load({ parentId, filter }));
  };
}

/** Runs a batch once per distinct argument set among its keys, answering each key from its run. */
async function perArguments<K extends { parentId: string }, A, V>(
  keys: readonly K[],
  argumentsOf: (key: K) => A,
  run: (parentIds: string[], args: A) => Promise<(parentId: string) => V>,
): Promise<V[]> {
  const batches = new Map<string, { args: A; parentIds: string[] }>();
  for (const key of keys) {
    const id = JSON.stringify(argumentsOf(key));
    const batch = batches.get(id) ?? { args: argumentsOf(key), parentIds: [] };
    if (!batch.parentIds.includes(key.parentId)) batch.parentIds.push(key.parentId);
    batches.set(id, batch);
  }
  const answers = new Map<string, (parentId: string) => V>();
  await Promise.all([...batches].map(async ([id, batch]) => answers.set(id, await run(batch.parentIds, batch.args))));
  return keys.map((key) => answers.get(JSON.stringify(argumentsOf(key)))!(key.parentId));
}
