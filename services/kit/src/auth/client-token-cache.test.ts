import type { Caller } from './caller';
import { VerifiedTokenCache } from './client-token-cache';

const caller: Caller = { subject: 'user-7', role: 'DISTRICT_ADMIN', scope: { schoolIds: [] } };

describe('VerifiedTokenCache', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('answers a verified token until its exp, and never at or after it', () => {
    const cache = new VerifiedTokenCache(10, 600_000, clock);
    cache.set('t', caller, now / 1000 + 30);
    expect(cache.get('t')).toEqual(caller);
    now += 29_999;
    expect(cache.get('t')).toEqual(caller);
    now += 1;
    expect(cache.get('t')).toBeUndefined();
  });

  it('stores nothing for a token without exp or already expired', () => {
    const cache = new VerifiedTokenCache(10, 600_000, clock);
    cache.set('none', caller, undefined);
    cache.set('past', caller, now / 1000 - 1);
    expect(cache.get('none')).toBeUndefined();
    expect(cache.get('past')).toBeUndefined();
  });

  it('re-verifies after its max age even when the token lives longer', () => {
    const cache = new VerifiedTokenCache(10, 60_000, clock);
    cache.set('t', caller, now / 1000 + 3600);
    now += 60_000;
    expect(cache.get('t')).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently used', () => {
    const cache = new VerifiedTokenCache(2, 600_000, clock);
    const exp = now / 1000 + 60;
    cache.set('a', caller, exp);
    cache.set('b', caller, exp);
    cache.get('a');
    cache.set('c', caller, exp);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
  });

  it('hands each request its own copy of the caller', () => {
    const cache = new VerifiedTokenCache(10, 600_000, clock);
    cache.set('t', caller, now / 1000 + 60);
    const first = cache.get('t')!;
    (first.scope.schoolIds as string[]).push('changed');
    expect(cache.get('t')!.scope.schoolIds).toEqual([]);
  });
});
