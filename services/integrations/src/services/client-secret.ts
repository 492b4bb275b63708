import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/** scrypt's cost (N = 2^14, r = 8, p = 1; about 16 MiB and tens of milliseconds per check). */
const COST: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>> = { N: 16_384, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** A client id: 128 random bits, so ids cannot be guessed or enumerated. */
export function newClientId(): string {
  return `cgc_${randomBytes(16).toString('base64url')}`;
}

/** A client secret: 32 random bytes; the prefix lets secret scanners recognise a leaked one. */
export function newClientSecret(): string {
  return `cgs_${randomBytes(32).toString('base64url')}`;
}

/** `scrypt$N$r$p$salt$hash`, with a fresh 16-byte salt: the form the secret is stored in. */
export async function hashClientSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether `secret` hashes to `stored`, compared in constant time; the cost is read from `stored`. */
export async function clientSecretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A stored hash of no secret anyone holds: checked against when the client id is unknown, so an
 * unknown id costs as long as a wrong secret and answer times do not tell which ids exist.
 */
export function decoySecretHash(): Promise<string> {
  return (decoy ??= hashClientSecret(newClientSecret()));
}
let decoy: Promise<string> | undefined;

function derive(secret: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
