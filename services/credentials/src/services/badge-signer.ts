import { SignJWT } from 'jose';
import { BADGE_ALGORITHM, type BadgeSigningKey, type PublicBadgeJwk } from './badge-keys';
import type { BadgeUrls } from './open-badge';

/** A published key as a JWK Set entry: its `kid` is the URL it can be fetched from alone. */
export interface PublishedBadgeJwk extends PublicBadgeJwk {
  kid: string;
  alg: typeof BADGE_ALGORITHM;
  use: 'sig';
}

/**
 * Secures the district's credentials as VC-JWTs (Open Badges 3.0 §8.2, VC-JOSE): the credential's
 * members are the JWT payload, with the registered claims OB 3.0 maps them to, signed RS256 by the
 * newest key. Every key stays published, so rotating leaves earlier badges verifiable.
 */
export class BadgeSigner {
  private readonly signing: BadgeSigningKey;

  constructor(
    private readonly keys: readonly BadgeSigningKey[],
    private readonly urls: BadgeUrls,
  ) {
    if (!keys[0]?.privateKey) throw new Error('no badge signing key: the first of BADGE_SIGNING_KEYS must be a private key');
    this.signing = keys[0];
  }

  /** The compact JWS. `nbf`/`exp` come from validFrom/validUntil, `iss` from the issuer, `jti` from the id. */
  sign(credential: Record<string, unknown>): Promise<string> {
    const issuer = credential.issuer as string | { id: string };
    const jwt = new SignJWT(credential)
      // Only the headers OB 3.0 allows: alg, kid (a dereferenceable URL) and typ.
      .setProtectedHeader({ alg: BADGE_ALGORITHM, kid: this.urls.key(this.signing.thumbprint), typ: 'JWT' })
      .setIssuer(typeof issuer === 'string' ? issuer : issuer.id)
      .setJti(credential.id as string);
    if (typeof credential.validFrom === 'string') jwt.setNotBefore(epochSeconds(credential.validFrom));
    else jwt.setIssuedAt();
    if (typeof credential.validUntil === 'string') jwt.setExpirationTime(epochSeconds(credential.validUntil));
    const subject = (credential.credentialSubject as { id?: unknown } | undefined)?.id;
    if (typeof subject === 'string') jwt.setSubject(subject);
    return jwt.sign(this.signing.privateKey!);
  }

  /** The JWK Set verifiers fetch: every key, newest first. */
  jwks(): { keys: PublishedBadgeJwk[] } {
    return { keys: this.keys.map((key) => ({ ...key.publicJwk, kid: this.urls.key(key.thumbprint), alg: BADGE_ALGORITHM, use: 'sig' })) };
  }

  /** One public key, bare (kty, n, e), as OB 3.0's `kid` dereferencing returns it; null for an unknown id. */
  publicKey(thumbprint: string): PublicBadgeJwk | null {
    return this.keys.find((key) => key.thumbprint === thumbprint)?.publicJwk ?? null;
  }
}

function epochSeconds(dateTime: string): number {
  return Math.floor(Date.parse(dateTime) / 1000);
}
