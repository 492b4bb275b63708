import { decodeCursor, type PageRequest } from '../pagination/connection';
import { connectionLoader, entityLoader, groupLoader, valueLoader } from './batch-loaders';

describe('batch loaders', () => {
  it('loads entities in one batch, in key order, with null for missing ids', async () => {
    const fetch = jest.fn(async (ids: readonly string[]) => ids.filter((id) => id !== 'x').reverse().map((id) => ({ id })));
    const loader = entityLoader(fetch);
    const result = await Promise.all(['a', 'x', 'b'].map((id) => loader.load(id)));
    expect(result).toEqual([{ id: 'a' }, null, { id: 'b' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('groups rows by key, with an empty list for keys without rows', async () => {
    const loader = groupLoader(
      async () => [
        { owner: 'a', n: 1 },
        { owner: 'a', n: 2 },
        { owner: 'c', n: 3 },
      ],
      (row) => row.owner,
    );
    expect(await loader.loadMany(['a', 'b'])).toEqual([[{ owner: 'a', n: 1 }, { owner: 'a', n: 2 }], []]);
  });

  it('falls back for keys the batch did not answer', async () => {
    const loader = valueLoader(async () => new Map([['a', 3]]), 0);
    expect(await loader.loadMany(['a', 'b'])).toEqual([3, 0]);
  });
});

describe('connection loader', () => {
  interface Row {
    parent: string;
    n: number;
  }
  const ROWS: Row[] = [1, 2, 3, 4, 5].map((n) => ({ parent: n <= 3 ? 'a' : 'b', n }));

  function source() {
    const page = jest.fn(async (parents: readonly string[], filter: { odd: boolean }, request: PageRequest) =>
      parents.flatMap((parent) =>
        ROWS.filter((r) => r.parent === parent && (!filter.odd || r.n % 2 === 1) && r.n > Number(request.after?.[0] ?? 0)).slice(0, request.first + 1),
      ),
    );
    const count = jest.fn(async (parents: readonly string[]) => new Map(parents.map((p) => [p, ROWS.filter((r) => r.parent === p).length])));
    return { page, count, loader: connectionLoader<Row, { odd: boolean }>({ page, count, parentOf: (r) => r.parent, cursorOf: (r) => [r.n], arity: 1 }) };
  }

  it('loads the same page of many parents in one call, and their counts in another', async () => {
    const { page, count, loader } = source();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((parent) => loader(parent, { odd: false }, { first: 2 })));
    expect(a.edges.map((e) => e.node.n)).toEqual([1, 2]);
    expect(a.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(b.edges.map((e) => e.node.n)).toEqual([4, 5]);
    expect(b.pageInfo.hasNextPage).toBe(false);
    expect(c.edges).toEqual([]);
    expect(page).toHaveBeenCalledTimes(1);
    expect(page.mock.calls[0][0]).toEqual(['a', 'b', 'c']);
    expect(await Promise.all([a.totalCount(), b.totalCount(), c.totalCount()])).toEqual([3, 2, 0]);
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('runs one call per distinct filter and page, and continues after a parent\'s cursor', async () => {
    const { page, loader } = source();
    const first = await loader('a', { odd: false }, { first: 2 });
    const [next, odd] = await Promise.all([
      loader('a', { odd: false }, { first: 2, after: first.pageInfo.endCursor }),
      loader('a', { odd: true }, { first: 2 }),
    ]);
    expect(decodeCursor(first.pageInfo.endCursor!)).toEqual([2]);
    expect(next.edges.map((e) => e.node.n)).toEqual([3]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(odd.edges.map((e) => e.node.n)).toEqual([1, 3]);
    expect(page).toHaveBeenCalledTimes(3);
  });

  it('validates the page arguments like a top-level connection', async () => {
    const { loader } = source();
    await expect(loader('a', { odd: false }, { first: 101 })).rejects.toMatchObject({ extensions: { field: 'first' } });
  });
});
