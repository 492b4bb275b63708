import type { Caller } from './caller';
import { SignedIdentityCache } from './identity-token-cache';

const admin: Caller = { subject: 'user-7', role: 'DISTRICT_ADMIN', scope: { schoolIds: [] } };
const staff: Caller = { subject: 'user-7', role: 'SCHOOL_STAFF', scope: { schoolIds: ['7b0f8d8e-3a46-4d8e-9a59-6d2f5c1f0a11'] } };

describe('SignedIdentityCache', () => {
  let now = 1_000_000;
  let signed = 0;
  const sign = async () => `token-${++signed}`;

  it('reuses a header for the same caller and operation only within the reuse window', async () => {
    const cache = new SignedIdentityCache(20_000, 10, () => now);
    const first = await cache.getOrSign(admin, '{ a }', sign);
    now += 19_999;
    expect(await cache.getOrSign(admin, '{ a }', sign)).toBe(first);
    now += 1;
    expect(await cache.getOrSign(admin, '{ a }', sign)).not.toBe(first);
  });

  it('signs again for another operation text or another caller', async () => {
    const cache = new SignedIdentityCache(20_000, 10, () => now);
    const first = await cache.getOrSign(admin, '{ a }', sign);
    expect(await cache.getOrSign(admin, '{ b }', sign)).not.toBe(first);
    expect(await cache.getOrSign(staff, '{ a }', sign)).not.toBe(first);
    expect(await cache.getOrSign({ ...admin, subject: 'user-8' }, '{ a }', sign)).not.toBe(first);
  });
});
