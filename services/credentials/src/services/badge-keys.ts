import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Open Badges 3.0 requires every verifier to support RS256 (and makes other algorithms optional),
 * so the district signs with RSA only: any verifier can check its badges.
 */
export const BADGE_ALGORITHM = 'RS256';
const MIN_MODULUS_BITS = 2048;

/** A public RSA JWK as published: only the members a verifier needs. */
export interface PublicBadgeJwk {
  kty: 'RSA';
  n: string;
  e: string;
}

/** One of the district's badge keys. */
export interface BadgeSigningKey {
  /** RFC 7638 thumbprint: the key's id, derived from the key so it cannot collide or be mistyped. */
  thumbprint: string;
  publicJwk: PublicBadgeJwk;
  /** Absent for a retired key that is only published, so badges it signed keep verifying. */
  privateKey?: KeyObject;
}

/**
 * Reads `BADGE_SIGNING_KEYS`: a JWK Set (`{"keys": [...]}`), an array of JWKs or one JWK, newest
 * first. The first must be a private RSA key (it signs); older ones may be private or public.
 * Throws an Error naming the problem.
 */
export function readBadgeSigningKeys(json: string): BadgeSigningKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('must be a JWK Set, an array of JWKs or one JWK, as JSON');
  }
  const list: unknown[] = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.keys) ? parsed.keys : [parsed];
  if (list.length === 0) throw new Error('holds no key');
  const keys = list.map((jwk, i) => badgeKey(jwk, i));
  if (!keys[0].privateKey) throw new Error('the first key signs, so it must be a private key (with "d")');
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key.thumbprint)) throw new Error(`key ${key.thumbprint} is listed twice`);
    seen.add(key.thumbprint);
  }
  return keys;
}

function badgeKey(jwk: unknown, index: number): BadgeSigningKey {
  const where = `key ${index + 1}`;
  if (!isObject(jwk) || jwk.kty !== 'RSA') throw new Error(`${where}: must be an RSA JWK (Open Badges 3.0 verifiers must support RS256)`);
  if (jwk.alg !== undefined && jwk.alg !== BADGE_ALGORITHM) throw new Error(`${where}: alg must be ${BADGE_ALGORITHM}, got "${String(jwk.alg)}"`);
  let privateKey: KeyObject | undefined;
  let publicKey: KeyObject;
  try {
    privateKey = jwk.d === undefined ? undefined : createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
    publicKey = privateKey ? createPublicKey(privateKey) : createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch (error) {
    throw new Error(`${where}: not a usable RSA key (${(error as Error).message})`);
  }
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_MODULUS_BITS) throw new Error(`${where}: RSA keys must have at least ${MIN_MODULUS_BITS} bits, got ${bits}`);
  const { n, e } = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const publicJwk: PublicBadgeJwk = { kty: 'RSA', n, e };
  return { thumbprint: thumbprint(publicJwk), publicJwk, privateKey };
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, base64url. */
function thumbprint({ e, kty, n }: PublicBadgeJwk): string {
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}

/**
 * A new private key as a JWK, encoded by the generation itself. Exporting a freshly generated
 * KeyObject as JWK can deadlock Node 20 for good: the export holds the key's lock while it
 * allocates, and a garbage collection that then finalizes the generation job takes the same lock.
 * (@types/node lacks the `jwk` encoding overloads, hence the cast.)
 */
export function generatePrivateJwk(type: 'rsa', options: { modulusLength: number }): JsonWebKey;
export function generatePrivateJwk(type: 'ec', options: { namedCurve: string }): JsonWebKey;
export function generatePrivateJwk(type: 'rsa' | 'ec', options: { modulusLength: number } | { namedCurve: string }): JsonWebKey {
  const encoding = { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } };
  const generate = generateKeyPairSync as unknown as (type: string, options: object) => { privateKey: JsonWebKey };
  return generate(type, { ...options, ...encoding }).privateKey;
}

/**
 * The development key, generated on first use under the data directory (git-ignored) and kept, so
 * badges issued in development keep verifying across restarts. Production never uses it: there,
 * BADGE_SIGNING_KEYS is required.
 */
export function developmentBadgeKey(file: string): BadgeSigningKey {
  if (!existsSync(file)) {
    const privateKey = generatePrivateJwk('rsa', { modulusLength: MIN_MODULUS_BITS });
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(privateKey), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process (a parallel test worker) wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readBadgeSigningKeys(readFileSync(file, 'utf8'))[0];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
