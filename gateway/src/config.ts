import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  EnvReader,
  readCommonConfig,
  readSubgraphUrls,
  repoRoot,
  type CommonConfig,
} from '@careergraph/kit';
import { type HardeningConfig, readHardeningConfig } from './hardening';

/** Where client bearer tokens are verified; without a provider, development uses the local key. */
export interface GatewayAuthConfig {
  jwksUrl?: string;
  publicKeyPem?: string;
  publicKeyAlgorithm?: string;
  issuer: string;
  audience: string;
  /** Outside production only, and only when no provider is configured (`npm run token`). */
  developmentKeyDir?: string;
}

export interface GatewayConfig extends CommonConfig, HardeningConfig {
  port: number;
  supergraphPath: string;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  /** Gateway processes sharing the port (node:cluster); one per core in production by default. */
  workers: number;
  auth: GatewayAuthConfig;
}

/** `<SUBGRAPH>_URL` moves a subgraph; by default each is on 127.0.0.1 at its default port. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  const env = new EnvReader(source);
  const common = readCommonConfig(env);
  const config: GatewayConfig = {
    ...common,
    port: env.port('GATEWAY_PORT', env.port('PORT', 4000)),
    supergraphPath: path.resolve(repoRoot, env.string('SUPERGRAPH_PATH', 'schema/supergraph.graphql')),
    subgraphUrls: readSubgraphUrls(env),
    subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    workers: env.int('GATEWAY_WORKERS', common.production ? os.availableParallelism() : 1, { min: 1, max: 64 }),
    auth: readAuthConfig(env, common.production),
    ...readHardeningConfig(env),
  };
  env.done();
  return config;
}

function readAuthConfig(env: EnvReader, production: boolean): GatewayAuthConfig {
  const jwksUrl = env.url('AUTH_JWKS_URL', ['https:', 'http:']);
  const publicKeyPem = env.string('AUTH_PUBLIC_KEY');
  const provider = Boolean(jwksUrl || publicKeyPem);
  if (production && !provider) env.reject('AUTH_JWKS_URL', 'set AUTH_JWKS_URL or AUTH_PUBLIC_KEY in production');
  return {
    jwksUrl,
    publicKeyPem,
    publicKeyAlgorithm: env.oneOf('AUTH_PUBLIC_KEY_ALG', ['RS256', 'PS256', 'ES256', 'EdDSA'], 'RS256'),
    issuer: production || provider ? env.required('AUTH_ISSUER') : env.string('AUTH_ISSUER', DEVELOPMENT_ISSUER),
    audience: env.string('AUTH_AUDIENCE', DEFAULT_AUDIENCE),
    developmentKeyDir: provider || production ? undefined : env.string('DATA_DIR', path.join(repoRoot, '.data')),
  };
}
