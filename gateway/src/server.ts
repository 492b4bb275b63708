import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  addStatementLog,
  addStatements,
  ANONYMOUS_CALLER,
  type Caller,
  type ClientTokenConfig,
  ClientTokenVerifier,
  DEVELOPMENT_SIGNING_SECRET,
  GraphQLHttpService,
  IDENTITY_HEADER,
  IdentitySigner,
  UnauthenticatedError,
  type Logger,
  requestIdFrom,
  SQL_COUNT_HEADER,
  SQL_LOG_HEADER,
  wantsStatementCount,
} from '@careergraph/kit';
import { type DocumentNode, Kind, parse } from 'graphql';
import type { GatewayConfig } from './config';
import { gatewayHardening } from './hardening';
import { mountMetricExports } from './exports/metric-exports';
import { mountUi } from './ui/ui-routes';
import { FetchWaves } from './performance/fetch-waves';
import { SubgraphBatcher } from './performance/subgraph-batching';
import { subgraphFetcher } from './performance/subgraph-fetcher';

export interface GatewayContext {
  requestId: string;
  /** Verified from the client's bearer token; forwarded to subgraphs signed. */
  caller: Caller;
  /** The client asked for the SQL statement count (never set in production). */
  countStatements: boolean;
  /** The client asked for the SQL text subgraphs sent (never set in production). */
  logStatements: boolean;
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
  constructor(
    options: { url: string; fetcher: RemoteGraphQLDataSource['fetcher'] },
    private readonly signer: IdentitySigner,
    waves: FetchWaves<GatewayContext>,
  ) {
    super(options);
    this.batcher = new SubgraphBatcher<GatewayContext>((fetch) => super.process(fetch), waves);
  }

  private readonly batcher: SubgraphBatcher<GatewayContext>;

  override process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    return this.batcher.process(options);
  }

  override async willSendRequest({ request, context }: DataSourceHook<'willSendRequest'>) {
    const headers = request.http!.headers;
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.countStatements) headers.set(SQL_COUNT_HEADER, '1');
    if (context.logStatements) headers.set(SQL_LOG_HEADER, '1');
    // Whatever identity headers the client sent stay at the gateway; subgraphs read only this one.
    headers.set(IDENTITY_HEADER, await this.signer.sign(context.caller, request.query!));
  }

  override async didReceiveResponse({ response, context }: DataSourceHook<'didReceiveResponse'>) {
    const statements = response.extensions?.sqlStatements;
    if (context.countStatements && typeof statements === 'number') addStatements(statements);
    if (context.logStatements) addStatementLog(response.extensions?.sqlLog);
    return response;
  }
}

export interface GatewayDeps {
  config: Pick<
    GatewayConfig,
    'supergraphPath' | 'subgraphUrls' | 'subgraphTimeoutMs' | 'production' | 'signingSecrets' | 'limits' | 'http' | 'rateLimit'
  >;
  /** How client tokens are verified (the development key is resolved by the caller). */
  clientTokens: ClientTokenConfig;
  logger: Logger;
}

/** The gateway over the committed static supergraph, built but not listening. */
export function buildGateway({ config, clientTokens, logger }: GatewayDeps): GraphQLHttpService<GatewayContext> {
  if (config.production && config.signingSecrets.length === 0) throw new Error('SUBGRAPH_SIGNING_SECRETS is required in production');
  const signer = new IdentitySigner(config.signingSecrets.length > 0 ? config.signingSecrets : [DEVELOPMENT_SIGNING_SECRET]);
  const tokens = new ClientTokenVerifier(clientTokens);
  const hardening = gatewayHardening<GatewayContext>(config, logger);
  const waves = new FetchWaves<GatewayContext>();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    logger,
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}" (set ${name.toUpperCase()}_URL)`);
      return new SubgraphDataSource({ url, fetcher: subgraphFetcher }, signer, waves);
    },
  });
  return new GraphQLHttpService<GatewayContext>({
    name: 'gateway',
    logger,
    production: config.production,
    apollo: { gateway, logger, ...hardening.apollo },
    routes: (app) => {
      hardening.routes(app);
      mountMetricExports(app);
      // GET /playground and /dashboard (gateway/src/ui).
      mountUi(app, { logger });
    },
    authenticate: async (req) => {
      if (req.headers.authorization) return tokens.verify(req.headers.authorization);
      // Tools need the schema to help write a query; in development only, and nothing else.
      if (!config.production && isIntrospectionOnly(req.body?.query ?? req.query?.query)) return ANONYMOUS_CALLER;
      throw new UnauthenticatedError('send "Authorization: Bearer <token>" (in development, `npm run token` prints one)');
    },
    context: async (req, caller) => {
      await hardening.rateLimit(caller, req);
      return {
        caller,
        requestId: requestIdFrom(req.headers['x-request-id']),
        countStatements: !config.production && wantsStatementCount(req.headers[SQL_COUNT_HEADER]),
        logStatements: !config.production && wantsStatementCount(req.headers[SQL_LOG_HEADER]),
      };
    },
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

/** Whether every root field of every operation in `query` is `__schema`, `__type` or `__typename`. */
function isIntrospectionOnly(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false;
  }
  return document.definitions.every(
    (definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ||
      (definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === 'query' &&
        definition.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
        )),
  );
}
