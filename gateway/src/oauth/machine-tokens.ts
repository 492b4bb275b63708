import { createPrivateKey, createPublicKey, type KeyObject, randomUUID } from 'node:crypto';
import { type Caller, callerFromClaims, type Role, UnauthenticatedError } from '@careergraph/kit';
import { decodeJwt, errors as joseErrors, type JWK, jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'ES256';
/** The subject prefix of a machine client's caller: `client:<client id>`. */
export const MACHINE_SUBJECT_PREFIX = 'client:';

/** What the integrations subgraph vouches for once a client's secret checks out. */
export interface ClientGrant {
  clientId: string;
  role: Role;
  partnerId: string | null;
  scopes: string[];
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  scope: string;
}

/** The gateway's key for machine-client tokens: a PKCS#8 PEM (production) or a JWK (the development key). */
export type MachineTokenKey = { pem: string } | { jwk: JWK };

export interface MachineTokenOptions {
  key: MachineTokenKey;
  /** `iss` of the tokens the gateway issues; never the identity provider's. */
  issuer: string;
  audience: string;
  lifetimeSeconds: number;
}

/**
 * Issues and verifies the short-lived tokens of machine clients (the token endpoint's), signed with
 * a key only the gateway holds. A token names its client (`client_id`, subject `client:<id>`),
 * carries the role and scope claims people's tokens do, and `machine_client: true`, so the gateway
 * holds it to trusted operations.
 */
export class MachineTokens {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(private readonly options: MachineTokenOptions) {
    this.privateKey =
      'pem' in options.key ? createPrivateKey(options.key.pem) : createPrivateKey({ key: options.key.jwk as never, format: 'jwk' });
    if (this.privateKey.asymmetricKeyType !== 'ec' || this.privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new Error('the machine-client signing key must be an EC P-256 private key (ES256)');
    }
    this.publicKey = createPublicKey(this.privateKey);
  }

  /** Whether `token` claims to be one of the gateway's own (checked for real by `verify`). */
  issued(token: string): boolean {
    try {
      return decodeJwt(token).iss === this.options.issuer;
    } catch {
      return false;
    }
  }

  async issue(grant: ClientGrant): Promise<IssuedToken> {
    const scope = grant.scopes.join(' ');
    const accessToken = await new SignJWT({
      role: grant.role,
      ...(grant.partnerId ? { partnerId: grant.partnerId } : {}),
      scope,
      client_id: grant.clientId,
      machine_client: true,
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'at+jwt' })
      .setSubject(`${MACHINE_SUBJECT_PREFIX}${grant.clientId}`)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.options.lifetimeSeconds}s`)
      .sign(this.privateKey);
    return { accessToken, expiresIn: this.options.lifetimeSeconds, scope };
  }

  /** Signature, issuer, audience, expiry (and a lifetime no longer than issued), and the machine-client claims. */
  async verify(token: string): Promise<Caller> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [ALGORITHM],
        requiredClaims: ['exp', 'iat', 'sub'],
        // A token of the longest lifetime issued, plus a minute of clock skew between gateway processes.
        maxTokenAge: this.options.lifetimeSeconds + 60,
      }));
    } catch (error) {
      throw new UnauthenticatedError(`invalid token: ${error instanceof joseErrors.JWTExpired ? 'it has expired; request a new one at /oauth/token' : 'it does not verify'}`);
    }
    if (payload.machine_client !== true || typeof payload.client_id !== 'string' || payload.sub !== `${MACHINE_SUBJECT_PREFIX}${payload.client_id}`) {
      throw new UnauthenticatedError('invalid token: it is not a machine-client token');
    }
    return callerFromClaims(payload);
  }
}

/** Whether the caller is a machine client, held to trusted operations (the subject prefix is reserved for them). */
export function isMachineCaller(caller: Caller): boolean {
  return caller.subject.startsWith(MACHINE_SUBJECT_PREFIX);
}
