import path from 'node:path';
import { defaultSubgraphUrl, EnvReader, readCommonConfig, repoRoot, SUBGRAPHS, type CommonConfig } from '@careergraph/kit';

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
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ name, defaultPort }) => {
      const portOverride = source[`${name.toUpperCase()}_PORT`];
      const fallback = defaultSubgraphUrl(portOverride ? env.port(`${name.toUpperCase()}_PORT`, defaultPort) : defaultPort);
      return [name, env.url(`${name.toUpperCase()}_URL`, ['http:', 'https:'], fallback)!];
    }),
  );
  const config: GatewayConfig = {
    ...common,
    port: env.port('GATEWAY_PORT', env.port('PORT', 4000)),
    supergraphPath: path.resolve(repoRoot, env.string('SUPERGRAPH_PATH', 'schema/supergraph.graphql')),
    subgraphUrls,
    subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
  };
  env.done();
  return config;
}
