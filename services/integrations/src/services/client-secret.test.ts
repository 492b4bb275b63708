import { clientSecretMatches, decoySecretHash, hashClientSecret, newClientId, newClientSecret } from './client-secret';

describe('client secrets', () => {
  it('are random, and stored as a salted scrypt hash that only the secret matches', async () => {
    const secret = newClientSecret();
    expect(secret).toMatch(/^cgs_[A-Za-z0-9_-]{43}$/);
    expect(newClientSecret()).not.toBe(secret);
    expect(newClientId()).toMatch(/^cgc_[A-Za-z0-9_-]{22}$/);
    const stored = await hashClientSecret(secret);
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hashClientSecret(secret)).not.toBe(stored);
    expect(await clientSecretMatches(secret, stored)).toBe(true);
    expect(await clientSecretMatches(`${secret}x`, stored)).toBe(false);
    expect(await clientSecretMatches(secret, await decoySecretHash())).toBe(false);
    expect(await clientSecretMatches(secret, 'md5$abc')).toBe(false);
  });
});
