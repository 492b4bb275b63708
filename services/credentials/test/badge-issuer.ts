import { gunzipSync } from 'node:zlib';
import type { BadgeIssuerConfig } from '../src/config/credentials-settings';
import { type BadgeSigningKey, generatePrivateJwk, readBadgeSigningKeys } from '../src/services/badge-keys';

/** A fresh private RSA key in the JWK form BADGE_SIGNING_KEYS takes. */
export function newBadgeJwk(): Record<string, unknown> {
  return generatePrivateJwk('rsa', { modulusLength: 2048 }) as Record<string, unknown>;
}

/** Keys as the configuration reads them from BADGE_SIGNING_KEYS (a JWK Set, newest first). */
export function badgeKeys(...jwks: Record<string, unknown>[]): BadgeSigningKey[] {
  return readBadgeSigningKeys(JSON.stringify({ keys: jwks }));
}

/** The district as a test issuer: a public HTTPS URL nobody serves, a name and a fresh key. */
export function testBadgeIssuer(overrides: Partial<BadgeIssuerConfig> = {}): BadgeIssuerConfig {
  return { url: 'https://careergraph.test', name: 'Test District', keys: badgeKeys(newBadgeJwk()), ...overrides };
}

/**
 * A status list's bit as a verifier reads it, independently of the encoder: strip the multibase
 * `u`, base64url-decode, gunzip, bit `index` counted from the first byte's most significant bit.
 * Also checks the list is as long as Bitstring Status List requires (16 KiB).
 */
export function statusBit(encodedList: string, index: number): 'revoked' | 'valid' {
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  expect(encodedList[0]).toBe('u');
  expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
  return (bits[index >> 3] >> (7 - (index & 7))) & 1 ? 'revoked' : 'valid';
}
