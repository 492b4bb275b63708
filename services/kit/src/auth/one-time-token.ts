import { createHash, randomBytes } from 'node:crypto';

/**
 * A one-time link's token (a guardian's signing link, a partner's invitation): 32 random bytes,
 * base64url (43 characters). It leaves in one answer or mail; only its hash is stored.
 */
export function newOneTimeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up for a one-time token: its SHA-256, hex (the token has 256 bits, so no salt or slow hash is needed). */
export function oneTimeTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
