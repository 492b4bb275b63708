import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLHttpService, type Logger, requestIdFrom } from '@careergraph/kit';
import type { GatewayConfig } from './config';

export interface GatewayContext {
  requestId: string;
}

/** Forwards the request id so one client request can be followed through every subgraph's logs. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}

export interface GatewayDeps {
  config: Pick<GatewayConfig, 'supergraphPath' | 'subgraphUrls' | 'subgraphTimeoutMs' | 'production'>;
  logger: Logger;
}

/** The gateway over the committed static supergraph, built but not listening. */
export function buildGateway({ config, logger }: GatewayDeps): GraphQLHttpService<GatewayContext> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}" (set ${name.toUpperCase()}_URL)`);
      return new SubgraphDataSource({ url });
    },
  });
  return new GraphQLHttpService<GatewayContext>({
    name: 'gateway',
    logger,
    production: config.production,
    apollo: { gateway, logger },
    context: async (req) => ({ requestId: requestIdFrom(req.headers['x-request-id']) }),
    ready: () => allSubgraphsReady(config.subgraphUrls, Math.min(config.subgraphTimeoutMs, 2_000)),
  });
}

/** Ready when every subgraph answers its own /ready (so its database is reachable too). */
async function allSubgraphsReady(urls: Record<string, string>, timeoutMs: number): Promise<boolean> {
  const checks = Object.values(urls).map(async (url) => {
    const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  });
  const results = await Promise.allSettled(checks);
  return results.every((r) => r.status === 'fulfilled' && r.value);
}
