import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  addStatements,
  GraphQLHttpService,
  type Logger,
  requestIdFrom,
  SQL_COUNT_HEADER,
  wantsStatementCount,
} from '@careergraph/kit';
import type { GatewayConfig } from './config';

export interface GatewayContext {
  requestId: string;
  /** The client asked for the SQL statement count (never set in production). */
  countStatements: boolean;
}

type DataSourceHook<K extends 'willSendRequest' | 'didReceiveResponse'> = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>[K]>
>[0];

/**
 * Forwards the request id so one client request can be followed through every subgraph's logs, and,
 * when the client asked, the SQL count header; each subgraph's count is added to the gateway's tally,
 * which the kit reports as the whole operation's total.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: DataSourceHook<'willSendRequest'>) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context.countStatements) request.http?.headers.set(SQL_COUNT_HEADER, '1');
  }

  override async didReceiveResponse({ response, context }: DataSourceHook<'didReceiveResponse'>) {
    const statements = response.extensions?.sqlStatements;
    if (context.countStatements && typeof statements === 'number') addStatements(statements);
    return response;
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
    context: async (req) => ({
      requestId: requestIdFrom(req.headers['x-request-id']),
      countStatements: !config.production && wantsStatementCount(req.headers[SQL_COUNT_HEADER]),
    }),
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
