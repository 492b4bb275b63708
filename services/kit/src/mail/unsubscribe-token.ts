import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors/app-errors';

/** What an unsubscribe link stops: one kind of mail to one person. */
export interface UnsubscribeGrant {
  /** The recipient as the notifications know them, e.g. `student:<id>` or `contact:<id>`. */
  person: string;
  kind: string;
}

/** A link in a mail is followed weeks later; after this it asks the person to sign in instead. */
export const UNSUBSCRIBE_TOKEN_LIFETIME_DAYS = 90;

/** Why a token is refused; a tampered or expired link changes nothing. */
export class InvalidUnsubscribeTokenError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message, { extensions: { http: { status: 400 } } });
  }
}

/**
 * Signed, expiring unsubscribe tokens (`<payload>.<HMAC-SHA256>`, both base64url). The keys derive
 * from the subgraph signing secrets with a purpose label, so no new secret is to be managed and a
 * token can never pass as an identity header; the first secret signs, every one verifies (rotation).
 */
export class UnsubscribeTokens {
  private readonly keys: Buffer[];

  constructor(secrets: readonly string[]) {
    if (secrets.length === 0) throw new Error('at least one signing secret is required');
    this.keys = secrets.map((secret) => createHmac('sha256', secret).update('careergraph/unsubscribe-token/v1').digest());
  }

  sign(grant: UnsubscribeGrant, now: Date): string {
    const expiresAt = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_LIFETIME_DAYS * 86_400;
    const payload = Buffer.from(JSON.stringify({ p: grant.person, k: grant.kind, e: expiresAt })).toString('base64url');
    return `${payload}.${mac(this.keys[0], payload)}`;
  }

  verify(token: string, now: Date): UnsubscribeGrant {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) throw new InvalidUnsubscribeTokenError('the unsubscribe token is malformed');
    const given = Buffer.from(signature, 'base64url');
    const genuine = this.keys.some((key) => {
      const expected = Buffer.from(mac(key, payload), 'base64url');
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!genuine) throw new InvalidUnsubscribeTokenError('the unsubscribe token is not genuine (altered, or signed with a retired secret)');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p: string; k: string; e: number };
    if (claims.e * 1000 <= now.getTime()) {
      throw new InvalidUnsubscribeTokenError('the unsubscribe link has expired: sign in and change your notification preferences instead');
    }
    return { person: claims.p, kind: claims.k };
  }
}

function mac(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}
