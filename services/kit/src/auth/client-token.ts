import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
  importSPKI,
  type JWK,
  jwtVerify,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { type Caller, type CallerScope, DEPARTMENTS, type DepartmentCode, isRole, missingScope, type Role } from './caller';
import { applyClaimsMapping, type ClaimsMapping, DEFAULT_CLAIMS_MAPPING } from './claims-mapping';
import { VerifiedTokenCache } from './client-token-cache';
import { UnauthenticatedError } from './identity-token';

/** Algorithms accepted from identity providers; `none` and symmetric ones never are. */
const ACCEPTED_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'];
const DEVELOPMENT_ALGORITHM = 'ES256';
export const DEVELOPMENT_ISSUER = 'careergraph-development';
export const DEFAULT_AUDIENCE = 'careergraph';
/**
 * The longest a client token may live from issue (`iat`) to expiry (`exp`) unless configured
 * (AUTH_TOKEN_MAX_LIFETIME_SECONDS): a working day and then some, so a leaked token is worthless by
 * tomorrow; identity providers issue access tokens of minutes to hours, `npm run token` of 8 h.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

/** One identity provider whose tokens the gateway accepts, and how to read its claims. */
export interface TrustedIssuer {
  /** The `iss` its tokens carry. */
  issuer: string;
  /** Its JWKS URL (fetched on first use, then cached and refreshed on an unknown key id). */
  jwksUrl?: string;
  /** Or its public key, PEM (SPKI), with the algorithm it signs with (default RS256). */
  publicKeyPem?: string;
  publicKeyAlgorithm?: string;
  /** Or, outside production only, the local development key (`npm run token`). */
  developmentKey?: JWK;
  /** Where its claims say role and scope (default: CareerGraph's own claim names). */
  claimsMapping?: ClaimsMapping;
}

/** Where clients' bearer tokens are checked against: the main issuer, and any others trusted too. */
export interface ClientTokenConfig extends TrustedIssuer {
  /** More issuers, each with its own keys, e.g. the local OpenID provider beside the development key. */
  additionalIssuers?: TrustedIssuer[];
  audience: string;
  /** The longest accepted `iat`-to-`exp` span (default DEFAULT_MAX_TOKEN_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

/** The claims a CareerGraph token carries beyond `sub`. */
export interface CareerGraphClaims {
  role: Role;
  schoolIds?: string[];
  partnerId?: string;
  department?: DepartmentCode;
  studentId?: string;
  /** Carried into the caller only together with `email_verified: true`. */
  email?: string;
  email_verified?: boolean;
}

interface IssuerKeys {
  keys: JWTVerifyGetKey | Promise<CryptoKeyLike>;
  mapping: ClaimsMapping;
}

function issuerKeys(trusted: TrustedIssuer): IssuerKeys {
  const mapping = trusted.claimsMapping ?? DEFAULT_CLAIMS_MAPPING;
  if (trusted.jwksUrl) return { keys: createRemoteJWKSet(new URL(trusted.jwksUrl)), mapping };
  if (trusted.publicKeyPem) return { keys: importSPKI(trusted.publicKeyPem, trusted.publicKeyAlgorithm ?? 'RS256'), mapping };
  if (trusted.developmentKey) return { keys: createLocalJWKSet({ keys: [publicPart(trusted.developmentKey)] }), mapping };
  throw new Error(`no way to verify tokens of ${trusted.issuer}: set AUTH_JWKS_URL or AUTH_PUBLIC_KEY`);
}

/**
 * Checks `Authorization: Bearer <jwt>`: the issuer is a trusted one, then that issuer's signature,
 * the audience, expiry (required, and within the maximum lifetime), role and scope claims read
 * through that issuer's claims mapping.
 */
export class ClientTokenVerifier {
  private readonly issuers = new Map<string, IssuerKeys>();
  private readonly verified = new VerifiedTokenCache();

  constructor(private readonly config: ClientTokenConfig) {
    for (const trusted of [config, ...(config.additionalIssuers ?? [])]) {
      if (this.issuers.has(trusted.issuer)) throw new Error(`issuer ${trusted.issuer} is trusted twice`);
      this.issuers.set(trusted.issuer, issuerKeys(trusted));
    }
  }

  async verify(authorization: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? '');
    if (!match) throw new UnauthenticatedError('expected "Authorization: Bearer <token>"');
    const cached = this.verified.get(match[1]);
    if (cached) return cached;
    // The unverified `iss` only picks which keys to check against; the signature decides.
    const issuer = unverifiedIssuer(match[1]);
    const trusted = this.issuers.get(issuer);
    if (!trusted) throw new UnauthenticatedError(`invalid token: its issuer ${JSON.stringify(issuer)} is not trusted`);
    let payload: Record<string, unknown>;
    try {
      const keys = trusted.keys;
      const options = { issuer, audience: this.config.audience, algorithms: ACCEPTED_ALGORITHMS };
      ({ payload } =
        typeof keys === 'function' ? await jwtVerify(match[1], keys, options) : await jwtVerify(match[1], await keys, options));
    } catch (error) {
      throw new UnauthenticatedError(`invalid token: ${describeJoseError(error)}`);
    }
    checkLifetime(payload, this.config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
    const caller = callerFromClaims(applyClaimsMapping(payload, trusted.mapping));
    this.verified.set(match[1], caller, payload.exp);
    return caller;
  }
}

function unverifiedIssuer(token: string): string {
  let iss: unknown;
  try {
    ({ iss } = decodeJwt(token));
  } catch {
    throw new UnauthenticatedError('invalid token: it is malformed');
  }
  if (typeof iss !== 'string') throw new UnauthenticatedError('invalid token: it names no issuer (iss claim)');
  return iss;
}

/**
 * A token must expire (jose checks `exp` only when present), and live no longer than `maxSeconds`
 * from its issue. Without `iat`, or with one in the future, the span is counted from now, so a
 * token cannot stretch its life by leaving `iat` out or post-dating it.
 */
function checkLifetime(payload: { exp?: unknown; iat?: unknown }, maxSeconds: number, nowSeconds = Date.now() / 1000): void {
  if (typeof payload.exp !== 'number') throw new UnauthenticatedError('invalid token: it has no expiry (exp claim); tokens must expire');
  const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat, nowSeconds) : nowSeconds;
  const lifetime = payload.exp - issuedAt;
  if (lifetime > maxSeconds) {
    throw new UnauthenticatedError(
      `invalid token: it lives ${formatSeconds(lifetime)} from issue to expiry, more than the ${formatSeconds(maxSeconds)} allowed`,
    );
  }
}

function formatSeconds(seconds: number): string {
  return seconds < 3600 ? `${Math.round(seconds)} s` : `${Number((seconds / 3600).toFixed(1))} h`;
}

type CryptoKeyLike = Awaited<ReturnType<typeof importSPKI>>;

function describeJoseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'it has expired';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY') return 'its signature does not verify';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return (error as Error).message;
  return 'it is malformed';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns verified claims into a caller; a token whose role lacks its scope claim is refused. */
export function callerFromClaims(payload: Record<string, unknown>): Caller {
  const { sub, role } = payload;
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthenticatedError('invalid token: it has no subject');
  if (!isRole(role)) throw new UnauthenticatedError(`invalid token: unknown role ${JSON.stringify(role)}`);
  const schoolIds = payload.schoolIds ?? [];
  if (!Array.isArray(schoolIds) || !schoolIds.every((id) => typeof id === 'string' && UUID.test(id))) {
    throw new UnauthenticatedError('invalid token: schoolIds must be a list of ids');
  }
  const optionalId = (name: 'partnerId' | 'studentId') => {
    const value = payload[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !UUID.test(value)) throw new UnauthenticatedError(`invalid token: ${name} must be an id`);
    return value;
  };
  const department = payload.department;
  if (department !== undefined && !(DEPARTMENTS as readonly unknown[]).includes(department)) {
    throw new UnauthenticatedError(`invalid token: department must be one of ${DEPARTMENTS.join(', ')}`);
  }
  const scope: CallerScope = {
    schoolIds,
    partnerId: optionalId('partnerId'),
    studentId: optionalId('studentId'),
    department: department as DepartmentCode | undefined,
  };
  const missing = missingScope(role, scope);
  if (missing) throw new UnauthenticatedError(`invalid token: role ${role} needs a ${missing} claim`);
  const email = verifiedEmail(payload);
  return email ? { subject: sub, role, scope, email } : { subject: sub, role, scope };
}

/**
 * An unverified address names no one (anyone can type one into a provider), so it is left out;
 * lower-cased so it matches the addresses CareerGraph stores (invitations, contacts).
 */
function verifiedEmail(payload: Record<string, unknown>): string | undefined {
  const { email, email_verified: verified } = payload;
  if (email === undefined || verified !== true) return undefined;
  if (typeof email !== 'string' || !EMAIL.test(email)) throw new UnauthenticatedError('invalid token: email must be an e-mail address');
  return email.toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function publicPart(jwk: JWK): JWK {
  const { d: _private, ...publicKey } = jwk;
  return publicKey;
}

/**
 * The local development signing key, created on first use under the data directory (git-ignored),
 * so `npm run token` and the gateway in development agree without any setup. Never accepted in
 * production.
 */
export async function loadDevelopmentKey(dataDir: string): Promise<JWK> {
  const file = path.join(dataDir, 'auth', 'development-key.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const jwk = await generateDevelopmentKey();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  return jwk;
}

export async function generateDevelopmentKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(DEVELOPMENT_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: DEVELOPMENT_ALGORITHM, kid: 'careergraph-development' };
}

/** Signs a token with the development key: for `npm run token`, the demo identities and tests. */
export async function mintDevelopmentToken(
  key: JWK,
  claims: CareerGraphClaims & { subject?: string },
  options: { expiresIn?: string; audience?: string } = {},
): Promise<string> {
  const { subject, ...rest } = claims;
  callerFromClaims({ sub: subject ?? `dev-${claims.role.toLowerCase()}`, ...rest });
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: DEVELOPMENT_ALGORITHM, kid: key.kid })
    .setSubject(subject ?? `dev-${claims.role.toLowerCase()}`)
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(await importJWK(key, DEVELOPMENT_ALGORITHM));
}
