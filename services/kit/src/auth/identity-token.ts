import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { AppError } from '../errors/app-errors';
import { type Caller, type CallerScope, isRole } from './caller';
import { SignedIdentityCache } from './identity-token-cache';

/** The header carrying the gateway-signed caller on every subgraph request. */
export const IDENTITY_HEADER = 'x-careergraph-identity';

const AUDIENCE = 'careergraph-subgraphs';
const ISSUER = 'careergraph-gateway';
/** Long enough for a slow subgraph hop, short enough that a captured header is soon useless. */
const LIFETIME_SECONDS = 60;
/** A signed header is reused for a third of its lifetime, so at least 40 s remain when it is sent. */
const REUSE_MS = (LIFETIME_SECONDS * 1000) / 3;

/** Used only outside production when no secret is configured, so `npm start` needs no setup. */
export const DEVELOPMENT_SIGNING_SECRET = 'careergraph-development-signing-secret-not-for-production';

interface SigningKey {
  kid: string;
  key: KeyObject;
}

function signingKeys(secrets: readonly string[]): SigningKey[] {
  if (secrets.length === 0) throw new Error('at least one subgraph signing secret is required');
  // The key id is a digest of the secret, so a verifier holding several secrets during a rotation
  // picks the right one without trying each.
  return secrets.map((secret) => ({
    kid: createHash('sha256').update(secret).digest('base64url').slice(0, 12),
    key: createSecretKey(Buffer.from(secret, 'utf8')),
  }));
}

/** Binds a signature to one operation text, so a captured header cannot carry another query. */
export function operationDigest(query: string): string {
  return createHash('sha256').update(query).digest('base64url');
}

export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, { extensions: { http: { status: 401 } } });
  }
}

/**
 * Signs and verifies the caller forwarded to subgraphs. The first secret signs; every listed
 * secret verifies, which is how the secret rotates without downtime (docs/security.md, "Rotating the
 * subgraph signing secret").
 */
export class IdentitySigner {
  private readonly keys: SigningKey[];

  constructor(secrets: readonly string[]) {
    this.keys = signingKeys(secrets);
  }

  private readonly signed = new SignedIdentityCache(REUSE_MS);

  async sign(caller: Caller, query: string): Promise<string> {
    return this.signed.getOrSign(caller, query, () => this.signNow(caller, query));
  }

  private async signNow(caller: Caller, query: string): Promise<string> {
    const [current] = this.keys;
    return new SignJWT({ role: caller.role, scope: caller.scope, email: caller.email, qh: operationDigest(query) })
      .setProtectedHeader({ alg: 'HS256', kid: current.kid })
      .setSubject(caller.subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(current.key);
  }

  /** The caller a signed request carries; UNAUTHENTICATED (HTTP 401) for anything else. */
  async verify(token: string | string[] | undefined, query: string | undefined): Promise<Caller> {
    const value = Array.isArray(token) ? token[0] : token;
    if (!value) throw new UnauthenticatedError(`missing ${IDENTITY_HEADER}: subgraphs answer only requests signed by the gateway`);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(value, ({ kid }) => this.keyFor(kid), {
        algorithms: ['HS256'],
        audience: AUDIENCE,
        issuer: ISSUER,
        maxTokenAge: `${LIFETIME_SECONDS}s`,
      }));
    } catch (error) {
      throw new UnauthenticatedError(`invalid ${IDENTITY_HEADER}: ${(error as Error).message}`);
    }
    if (typeof query !== 'string' || payload.qh !== operationDigest(query)) {
      throw new UnauthenticatedError(`${IDENTITY_HEADER} was signed for a different operation`);
    }
    const role = payload.role;
    if (!(isRole(role) || role === 'SERVICE') || typeof payload.sub !== 'string') {
      throw new UnauthenticatedError(`${IDENTITY_HEADER} names no known role`);
    }
    const caller: Caller = { subject: payload.sub, role, scope: payload.scope as CallerScope };
    if (typeof payload.email === 'string') caller.email = payload.email;
    return caller;
  }

  private keyFor(kid: string | undefined): KeyObject {
    const match = this.keys.find((key) => key.kid === kid);
    if (!match) throw new Error('signed with a key this service does not hold');
    return match.key;
  }
}
