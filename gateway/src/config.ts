import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_AUDIENCE,
  type ClaimsMapping,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  DEVELOPMENT_ISSUER,
  EnvReader,
  parseClaimsMapping,
  readCommonConfig,
  readSubgraphUrls,
  repoRoot,
  type CommonConfig,
  type TrustedIssuer,
} from '@careergraph/kit';
import { type HardeningConfig, readHardeningConfig } from './hardening';
import { type ClientCredentialsConfig, readClientCredentialsConfig } from './oauth/client-credentials-config';
import { DEFAULT_SUBGRAPH_MAX_SOCKETS } from './performance/subgraph-fetcher';

/** Where client bearer tokens are verified; without a provider, development uses the local key. */
export interface GatewayAuthConfig {
  jwksUrl?: string;
  publicKeyPem?: string;
  publicKeyAlgorithm?: string;
  issuer: string;
  audience: string;
  /** The longest accepted `iat`-to-`exp` span of a client token. */
  maxLifetimeSeconds: number;
  /** Outside production only, and only when no provider is configured (`npm run token`). */
  developmentKeyDir?: string;
  /** How the main issuer's claims say role and scope (AUTH_CLAIMS_MAPPING; docs/security.md, "Claims mapping"). */
  claimsMapping: ClaimsMapping;
  /** Issuers trusted beside the main one: in development, `npm start`'s local OpenID provider. */
  additionalIssuers: TrustedIssuer[];
}

/** The local OpenID provider's default port (services/stack/src/identity-provider, IDP_PORT). */
export const DEFAULT_IDP_PORT = 4010;

/** How the pages sign people in (gateway/ui/shared/sign-in.ts); without it they only take a pasted token. */
export interface UiSignInConfig {
  /** The OpenID provider's issuer URL; its discovery document is read from there. */
  issuer: string;
  clientId: string;
  /** Space-separated; `offline_access` for a refresh token where the provider needs it. */
  scopes: string;
}

export interface GatewayConfig extends CommonConfig, HardeningConfig {
  port: number;
  supergraphPath: string;
  /** Where the supergraph is fetched from instead of SUPERGRAPH_PATH (a registry or bucket), if set. */
  supergraphUrl?: string;
  /** How often the supergraph's source is checked for a new one (gateway/src/supergraph-source.ts); 0: never reloaded. */
  supergraphPollMs: number;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  /**
   * How long the gateway waits for a subgraph's answer before that subgraph's fields are null with
   * SERVICE_UNAVAILABLE; operations on a school year's figures (REPORT_ROOT_FIELDS) get the longer
   * report timeout. Longer than the subgraphs' own entity lookups (docs/configuration.md, "Timeouts, outermost first").
   */
  subgraphTimeoutMs: number;
  subgraphReportTimeoutMs: number;
  /** Keep-alive connections each gateway process holds to one subgraph at most (requests beyond wait for one). */
  subgraphMaxSockets: number;
  /** Gateway processes sharing the port (node:cluster); one per core in production by default. */
  workers: number;
  auth: GatewayAuthConfig;
  /** The machine clients' token endpoint (gateway/src/oauth). */
  clientCredentials: ClientCredentialsConfig;
  /** Where `npm start`'s mail catcher lists caught mail for /dev/mail (MAIL_CATCHER_URL); never read in production. */
  mailCatcherUrl?: string;
  /** The pages' sign-in (UI_OIDC_*); undefined: pasting a token only. */
  uiSignIn?: UiSignInConfig;
}

/** `<SUBGRAPH>_URL` moves a subgraph; by default each is on 127.0.0.1 at its default port. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  const env = new EnvReader(source);
  const common = readCommonConfig(env);
  const auth = readAuthConfig(env, common.production);
  const config: GatewayConfig = {
    ...common,
    port: env.port('GATEWAY_PORT', env.port('PORT', 4000)),
    supergraphPath: path.resolve(repoRoot, env.string('SUPERGRAPH_PATH', 'schema/supergraph.graphql')),
    supergraphUrl: env.url('SUPERGRAPH_URL', ['https:', 'http:']),
    supergraphPollMs: env.int('SUPERGRAPH_POLL_MS', 10_000, { min: 0, max: 3_600_000 }),
    subgraphUrls: readSubgraphUrls(env),
    subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', 5_000, { min: 100, max: 120_000 }),
    subgraphReportTimeoutMs: env.int('SUBGRAPH_REPORT_TIMEOUT_MS', 60_000, { min: 100, max: 600_000 }),
    subgraphMaxSockets: env.int('SUBGRAPH_MAX_SOCKETS', DEFAULT_SUBGRAPH_MAX_SOCKETS, { min: 1, max: 4_096 }),
    workers: env.int('GATEWAY_WORKERS', common.production ? os.availableParallelism() : 1, { min: 1, max: 64 }),
    auth,
    clientCredentials: readClientCredentialsConfig(env, auth),
    mailCatcherUrl: common.production ? undefined : env.url('MAIL_CATCHER_URL', ['http:']),
    uiSignIn: readUiSignInConfig(env, auth),
    ...readHardeningConfig(env),
  };
  if (config.subgraphReportTimeoutMs < config.subgraphTimeoutMs) {
    env.reject('SUBGRAPH_REPORT_TIMEOUT_MS', `must be at least SUBGRAPH_TIMEOUT_MS (${config.subgraphTimeoutMs})`);
  }
  env.done();
  return config;
}

function readAuthConfig(env: EnvReader, production: boolean): GatewayAuthConfig {
  const jwksUrl = env.url('AUTH_JWKS_URL', ['https:', 'http:']);
  const publicKeyPem = env.string('AUTH_PUBLIC_KEY');
  const provider = Boolean(jwksUrl || publicKeyPem);
  if (production && !provider) env.reject('AUTH_JWKS_URL', 'set AUTH_JWKS_URL or AUTH_PUBLIC_KEY in production');
  let claimsMapping: ClaimsMapping = parseClaimsMapping(undefined);
  try {
    claimsMapping = parseClaimsMapping(env.string('AUTH_CLAIMS_MAPPING'));
  } catch (error) {
    env.reject('AUTH_CLAIMS_MAPPING', (error as Error).message);
  }
  // Development without a provider: `npm start`'s local OpenID provider is trusted beside the
  // development key (its keys are fetched on its first token, so it need not be running).
  const development = !production && !provider;
  const localIssuer = development ? localIdentityProviderIssuer(env) : undefined;
  return {
    claimsMapping,
    additionalIssuers: localIssuer ? [{ issuer: localIssuer, jwksUrl: `${localIssuer}/jwks` }] : [],
    jwksUrl,
    publicKeyPem,
    publicKeyAlgorithm: env.oneOf('AUTH_PUBLIC_KEY_ALG', ['RS256', 'PS256', 'ES256', 'EdDSA'], 'RS256'),
    issuer: production || provider ? env.required('AUTH_ISSUER') : env.string('AUTH_ISSUER', DEVELOPMENT_ISSUER),
    audience: env.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE),
    maxLifetimeSeconds: env.int('AUTH_TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60, max: 30 * 86_400 }),
    developmentKeyDir: provider || production ? undefined : env.string('DATA_DIR', path.join(repoRoot, '.data')),
  };
}

function localIdentityProviderIssuer(env: EnvReader): string {
  return `http://127.0.0.1:${env.port('IDP_PORT', DEFAULT_IDP_PORT)}`;
}

function readUiSignInConfig(env: EnvReader, auth: GatewayAuthConfig): UiSignInConfig | undefined {
  // In development the pages sign in at the local provider the gateway already trusts.
  const issuer = env.url('UI_OIDC_ISSUER', ['https:', 'http:']) ?? auth.additionalIssuers[0]?.issuer;
  const clientId = env.string('UI_OIDC_CLIENT_ID', 'careergraph-pages');
  const scopes = env.string('UI_OIDC_SCOPES', 'openid profile email offline_access');
  if (!issuer) return undefined;
  if (!scopes.split(/\s+/).includes('openid')) env.reject('UI_OIDC_SCOPES', 'must include openid');
  return { issuer, clientId, scopes };
}
