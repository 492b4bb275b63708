import { entityLoader, groupLoader, valueLoader } from './batch-loaders';

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
