import path from 'node:path';
import { EnvReader, readCommonConfig, readSubgraphUrls, repoRoot, type CommonConfig } from '@careergraph/kit';

export interface GatewayConfig extends CommonConfig {
  port: number;
  supergraphPath: string;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
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
  };
  env.done();
  return config;
}
