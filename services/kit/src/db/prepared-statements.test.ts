import { PreparedStatementCache } from './prepared-statements';

describe('PreparedStatementCache', () => {
  it('sends a statement unnamed on its first use, then prepares it once and reuses the name', () => {
    const cache = new PreparedStatementCache(10);
    expect(cache.use('SELECT $1')).toEqual({});
    const second = cache.use('SELECT $1');
    expect(second.name).toMatch(/^careergraph_\d+$/);
    expect(cache.use('SELECT $1')).toEqual({ name: second.name });
    expect(cache.size).toBe(1);
  });

  it('keeps at most `capacity` prepared, deallocating the least recently used', () => {
    const cache = new PreparedStatementCache(2);
    const prepare = (text: string) => {
      cache.use(text);
      return cache.use(text);
    };
    const a = prepare('A $1');
    const b = prepare('B $1');
    // A used again: B is now the least recently used.
    expect(cache.use('A $1')).toEqual({ name: a.name });
    const c = prepare('C $1');
    expect(c).toEqual({ name: expect.stringMatching(/^careergraph_/), deallocate: b.name });
    expect(new Set([a.name, b.name, c.name]).size).toBe(3);
    expect(cache.size).toBe(2);
    // B comes back under a new name (its old one may still be in flight to DEALLOCATE).
    expect(cache.use('B $1')).toEqual({});
    const again = cache.use('B $1');
    expect(again.name).not.toBe(b.name);
    expect(again.deallocate).toBe(a.name);
  });

  it('prepares afresh a statement it was told to forget', () => {
    const cache = new PreparedStatementCache(10);
    cache.use('BAD $1');
    const first = cache.use('BAD $1');
    cache.forget('BAD $1');
    expect(cache.size).toBe(0);
    expect(cache.use('BAD $1')).toEqual({});
    const next = cache.use('BAD $1');
    expect(next.name).toBeDefined();
    expect(next.name).not.toBe(first.name);
  });

  it('bounds the statements it counts but has not prepared', () => {
    const cache = new PreparedStatementCache(2);
    cache.use('A $1');
    cache.use('B $1');
    cache.use('C $1');
    // A's first use was forgotten to keep the count bounded, so this is a first use again.
    expect(cache.use('A $1')).toEqual({});
    expect(cache.use('C $1').name).toBeDefined();
  });
});
