import type { EnvReader } from '@careergraph/kit';

/** The token endpoint's settings (docs/integration.md, "Machine clients"). */
export interface ClientCredentialsConfig {
  /** `iss` of machine-client tokens (OAUTH_ISSUER); must differ from the identity provider's. */
  issuer: string;
  /**
   * The gateway's ES256 signing key, PKCS#8 PEM (OAUTH_SIGNING_KEY). Unset: the local development
   * key outside production, and no token endpoint in production.
   */
  signingKeyPem?: string;
  /** How long an issued token lives (OAUTH_TOKEN_LIFETIME_SECONDS), at most the gateway's maximum token lifetime. */
  tokenLifetimeSeconds: number;
  /** Failed secrets per client id per 15 minutes before the endpoint answers `slow_down` (OAUTH_MAX_FAILED_ATTEMPTS). */
  maxFailedAttempts: number;
}

export const DEFAULT_CLIENT_CREDENTIALS: ClientCredentialsConfig = {
  issuer: 'careergraph-gateway',
  // Short: a revoked client's last token outlives the revocation by at most this.
  tokenLifetimeSeconds: 600,
  maxFailedAttempts: 10,
};

export function readClientCredentialsConfig(env: EnvReader, auth: { issuer: string; maxLifetimeSeconds: number }): ClientCredentialsConfig {
  const config: ClientCredentialsConfig = {
    issuer: env.string('OAUTH_ISSUER', DEFAULT_CLIENT_CREDENTIALS.issuer),
    // Environment files cannot hold line breaks everywhere: `\n` stands for one.
    signingKeyPem: env.string('OAUTH_SIGNING_KEY')?.replace(/\\n/g, '\n'),
    tokenLifetimeSeconds: env.int('OAUTH_TOKEN_LIFETIME_SECONDS', DEFAULT_CLIENT_CREDENTIALS.tokenLifetimeSeconds, { min: 60 }),
    maxFailedAttempts: env.int('OAUTH_MAX_FAILED_ATTEMPTS', DEFAULT_CLIENT_CREDENTIALS.maxFailedAttempts, { min: 1, max: 1_000 }),
  };
  if (config.issuer === auth.issuer) env.reject('OAUTH_ISSUER', `must differ from AUTH_ISSUER (${auth.issuer}): it tells the gateway's own tokens apart`);
  if (config.tokenLifetimeSeconds > auth.maxLifetimeSeconds) {
    env.reject('OAUTH_TOKEN_LIFETIME_SECONDS', `must be at most AUTH_TOKEN_MAX_LIFETIME_SECONDS (${auth.maxLifetimeSeconds})`);
  }
  if (config.signingKeyPem && !config.signingKeyPem.includes('-----BEGIN PRIVATE KEY-----')) {
    env.reject('OAUTH_SIGNING_KEY', 'must be a PKCS#8 PEM private key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)');
  }
  return config;
}
