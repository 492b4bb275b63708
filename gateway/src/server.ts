import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  addStatementLog,
  addStatements,
  ANONYMOUS_CALLER,
  type Caller,
  CLIENT_METADATA_HEADER,
  type ClientMetadata,
  clientMetadataOf,
  type ClientTokenConfig,
  ClientTokenVerifier,
  DEADLINE_HEADER,
  DEVELOPMENT_SIGNING_SECRET,
  encodeClientMetadata,
  GraphQLHttpService,
  IDENTITY_HEADER,
  IdentitySigner,
  injectTraceContext,
  ServiceMetrics,
  UnauthenticatedError,
  type Logger,
  requestIdFrom,
  SQL_COUNT_HEADER,
  SQL_LOG_HEADER,
  wantsStatementCount,
} from '@careergraph/kit';
import { type DocumentNode, type GraphQLFormattedError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { GatewayConfig } from './config';
import { gatewayHardening } from './hardening';
import { mountMetricExports } from './exports/metric-exports';
import { mountUi } from './ui/ui-routes';
import { mountDevMailPage } from './dev/dev-mail-page';
import { mountUnsubscribeRoute } from './notifications/unsubscribe-route';
import { mountGuardianSigningRoute } from './agreements/guardian-signing-route';
import { gatewayReadiness } from './readiness';
import { supergraphSource } from './supergraph-source';
import { mountImportRoutes } from './imports/import-routes';
import { mountBadgeRoutes } from './badges/badge-routes';
import { machineClients } from './oauth/machine-clients';
import { PartnerAccessResolver } from './partner-access/partner-access';
import { mountPartnerInvitationRoute } from './partner-access/partner-invitation-route';
import { FetchWaves } from './performance/fetch-waves';
import { SubgraphBatcher } from './performance/subgraph-batching';
import { createSubgraphFetcher, isTimeout, remainingBudgetMs } from './performance/subgraph-fetcher';

export interface GatewayContext {
  requestId: string;
  /** Verified from the client's bearer token; forwarded to subgraphs signed. */
  caller: Caller;
  /** The client asked for the SQL statement count (never set in production). */
  countStatements: boolean;
  /** The client asked for the SQL text subgraphs sent (never set in production). */
  logStatements: boolean;
  /**
   * How long the operation's subgraph requests may take in all (SUBGRAPH_TIMEOUT_MS, or the report
   * one), counted from `startedAt`: a plan's later waves get what the earlier ones left.
   */
  subgraphTimeoutMs: number;
  /** When the gateway took the request (epoch ms). */
  startedAt: number;
  /** Where the request came from, forwarded with the signed identity (recorded with e-signatures). */
  client?: ClientMetadata;
}

/** Root fields of a school year's district figures: year-wide aggregates that get SUBGRAPH_REPORT_TIMEOUT_MS. */
const REPORT_ROOT_FIELDS = new Set(['schoolYear', 'schoolYears']);

type DataSourceHook<K extends 'willSendRequest' | 'didReceiveResponse'> = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>[K]>
>[0];

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
/** A fetch of a client operation's query plan (not a health check or schema load). */
type OperationFetch = Extract<ProcessOptions, { incomingRequestContext: unknown }>;

/**
 * Forwards the request id so one client request can be followed through every subgraph's logs, and,
 * when the client asked, the SQL count header; each subgraph's count is added to the gateway's tally,
 * which the kit reports as the whole operation's total. Every request has the operation's deadline;
 * a subgraph that does not answer in time, or cannot be reached, costs only its own fields.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: { url: string; fetcher: RemoteGraphQLDataSource['fetcher'] },
    private readonly subgraph: string,
    private readonly signer: IdentitySigner,
    waves: FetchWaves<GatewayContext>,
    private readonly logger: Logger,
    private readonly metrics: ServiceMetrics,
  ) {
    super(options);
    this.batcher = new SubgraphBatcher<GatewayContext>(
      (fetch) => super.process(fetch).catch(rejectAsError),
      waves,
    );
  }

  private readonly batcher: SubgraphBatcher<GatewayContext>;

  override async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const startedAt = performance.now();
    const seconds = () => (performance.now() - startedAt) / 1000;
    try {
      const response = await this.batcher.process(options);
      this.metrics.observeSubgraphFetch(this.subgraph, seconds());
      return response;
    } catch (error) {
      this.metrics.observeSubgraphFetch(this.subgraph, seconds(), isTimeout(error) ? 'timeout' : 'unavailable');
      // Only a client operation's fetches have fields to null; anything else keeps Apollo's handling.
      if (!('incomingRequestContext' in options)) throw error;
      return this.failedFetch(options, error);
    }
  }

  /**
   * The answer for a fetch that got no GraphQL answer: a SERVICE_UNAVAILABLE naming the subgraph at
   * the path of each field it was to resolve (the gateway adds `serviceName` and maps `_entities`
   * paths onto the entities'), so the client keeps every other subgraph's data. A subgraph's 400
   * with a GraphQL body is its answer (a refusal of the request) and passes as one.
   */
  private failedFetch(options: OperationFetch, error: unknown): GatewayGraphQLResponse {
    const body = (error as { extensions?: { response?: { status?: number; body?: unknown } } }).extensions?.response;
    if (body?.status === 400 && isGraphQLErrorBody(body.body)) return { errors: body.body.errors };
    const timeoutMs = options.context.subgraphTimeoutMs;
    const timedOut = isTimeout(error);
    this.logger.warn({ subgraph: this.subgraph, requestId: options.context.requestId, err: error }, 'subgraph request failed');
    const message = timedOut
      ? `the ${this.subgraph} service did not answer within ${timeoutMs} ms`
      : `the ${this.subgraph} service is unavailable`;
    const extensions = { code: 'SERVICE_UNAVAILABLE', ...(timedOut ? { timeoutMs } : {}) };
    return { errors: fieldPaths(options).map((path) => ({ message, path, extensions })) };
  }

  override async willSendRequest({ request, context }: DataSourceHook<'willSendRequest'>) {
    const headers = request.http!.headers;
    if (context.requestId) headers.set('x-request-id', context.requestId);
    // The fetcher's deadline for this request (health checks and schema loads have none): what is
    // left of the operation's, so a plan of several waves still answers within it, partially.
    if (context.subgraphTimeoutMs) headers.set(DEADLINE_HEADER, String(remainingBudgetMs(context.startedAt, context.subgraphTimeoutMs)));
    // The subgraph continues this trace (Apollo's gateway.fetch span); set here rather than by an
    // HTTP client instrumentation, so it holds whichever client the fetcher uses.
    injectTraceContext((name, value) => headers.set(name, value));
    if (context.countStatements) headers.set(SQL_COUNT_HEADER, '1');
    if (context.logStatements) headers.set(SQL_LOG_HEADER, '1');
    // Whatever identity headers the client sent stay at the gateway; subgraphs read only this one.
    headers.set(IDENTITY_HEADER, await this.signer.sign(context.caller, request.query!));
    if (context.client) headers.set(CLIENT_METADATA_HEADER, encodeClientMetadata(context.client));
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
    'supergraphPath' | 'mailCatcherUrl' | 'supergraphUrl' | 'supergraphPollMs' | 'subgraphUrls' | 'subgraphTimeoutMs' | 'subgraphReportTimeoutMs' | 'subgraphMaxSockets' | 'production' | 'signingSecrets' | 'limits' | 'http' | 'rateLimit'
  > &
    Partial<Pick<GatewayConfig, 'clientCredentials' | 'uiSignIn'>>;
  /** How client tokens are verified (the development key is resolved by the caller). */
  clientTokens: ClientTokenConfig;
  logger: Logger;
  /** Bearer token `/metrics` requires (METRICS_TOKEN); open without. */
  metricsToken?: string;
}

/** The gateway over the committed static supergraph, built but not listening. */
export function buildGateway({ config, clientTokens, logger, metricsToken }: GatewayDeps): GraphQLHttpService<GatewayContext> {
  if (config.production && config.signingSecrets.length === 0) throw new Error('SUBGRAPH_SIGNING_SECRETS is required in production');
  const signer = new IdentitySigner(config.signingSecrets.length > 0 ? config.signingSecrets : [DEVELOPMENT_SIGNING_SECRET]);
  const tokens = new ClientTokenVerifier(clientTokens);
  const machines = machineClients({ config, clientTokens, signer, logger });
  // A partner user's partner (claim or membership) and brokered employers, from the partners subgraph (docs/self-service.md).
  const partnerAccess = new PartnerAccessResolver({ partnersUrl: config.subgraphUrls.partners, signer, logger });
  // The gateway's own machine-client tokens first, then the identity provider's.
  const verifyBearer = async (authorization: string) =>
    partnerAccess.complete(await (machines.authenticate(authorization) ?? tokens.verify(authorization)), authorization);
  const hardening = gatewayHardening<GatewayContext>(config, logger);
  const waves = new FetchWaves<GatewayContext>();
  const metrics = new ServiceMetrics('gateway');
  const fetcher = createSubgraphFetcher({ maxSockets: config.subgraphMaxSockets });
  const gateway = new ApolloGateway({
    // Reloaded without a restart when its source changes, validated first (README, rollouts).
    supergraphSdl: supergraphSource({ path: config.supergraphPath, url: config.supergraphUrl, pollMs: config.supergraphPollMs, subgraphUrls: config.subgraphUrls, logger }),
    logger,
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}" (set ${name.toUpperCase()}_URL)`);
      return new SubgraphDataSource({ url, fetcher }, name, signer, waves, logger, metrics);
    },
  });
  return new GraphQLHttpService<GatewayContext>({
    name: 'gateway',
    logger,
    metrics,
    metricsToken,
    production: config.production,
    apollo: { gateway, logger, ...hardening.apollo, plugins: [...hardening.apollo.plugins, reportDeadlinePlugin(config.subgraphReportTimeoutMs)] },
    // CORS and the body limit; persisted documents by id (gateway/src/oauth).
    graphql: { ...hardening.graphql, afterBody: [machines.resolveDocuments] },
    routes: (app) => {
      // POST /oauth/token (gateway/src/oauth).
      machines.routes(app);
      mountMetricExports(app);
      // GET /playground and /dashboard (gateway/src/ui).
      mountUi(app, { logger, signIn: config.uiSignIn });
      mountDevMailPage(app, { production: config.production, catcherUrl: config.mailCatcherUrl, logger });
      mountUnsubscribeRoute(app, { integrationsUrl: config.subgraphUrls.integrations, logger });
      // GET/POST /agreements/guardian: a parent or guardian signs a training agreement (gateway/src/agreements).
      mountGuardianSigningRoute(app, { placementsUrl: config.subgraphUrls.placements, signer, logger });
      // GET /partners/invitation: an invited partner contact's landing page (docs/self-service.md).
      mountPartnerInvitationRoute(app, { partnersUrl: config.subgraphUrls.partners, signer, logger });
      mountBadgeRoutes(app, { credentialsUrl: config.subgraphUrls.credentials, logger });
      // POST /imports/oneroster and /imports/partners for district administrators (gateway/src/imports).
      mountImportRoutes(app, { subgraphUrls: config.subgraphUrls, signer, authenticate: verifyBearer, logger });
    },
    authenticate: async (req) => {
      if (req.headers.authorization) return verifyBearer(req.headers.authorization);
      // Tools need the schema to help write a query; in development only, and nothing else.
      if (!config.production && isIntrospectionOnly(req.body?.query ?? req.query?.query)) return ANONYMOUS_CALLER;
      throw new UnauthenticatedError('send "Authorization: Bearer <token>" (in development, `npm run token` prints one)');
    },
    context: async (req, caller) => {
      await hardening.rateLimit(caller, req);
      machines.checkOperation(req, caller);
      return {
        caller,
        requestId: requestIdFrom(req.headers['x-request-id']),
        countStatements: !config.production && wantsStatementCount(req.headers[SQL_COUNT_HEADER]),
        logStatements: !config.production && wantsStatementCount(req.headers[SQL_LOG_HEADER]),
        subgraphTimeoutMs: config.subgraphTimeoutMs,
        startedAt: Date.now(),
        client: clientMetadataOf(req),
      };
    },
    ready: () => gatewayReadiness(config.subgraphUrls, Math.min(config.subgraphTimeoutMs, 2_000)),
  });
}

/**
 * Rejects with an `Error` of this realm: the batcher's DataLoader takes any other rejection value
 * (undici's abort is a DOMException, whose `Error` may be another realm's) for an answer.
 */
function rejectAsError(error: unknown): Promise<never> {
  if (error instanceof Error) return Promise.reject(error);
  const { name, message } = error as { name?: string; message?: string };
  return Promise.reject(Object.assign(new Error(message ?? String(error), { cause: error }), { name: name ?? 'Error' }));
}

/** Gives operations on a school year's figures the report deadline instead of the interactive one. */
function reportDeadlinePlugin(reportTimeoutMs: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation && isReportOperation(operation)) contextValue.subgraphTimeoutMs = reportTimeoutMs;
        },
      };
    },
  };
}

function isReportOperation(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && REPORT_ROOT_FIELDS.has(selection.name.value));
}

/** The response path of every field a failed fetch was to resolve: its root fields, or each entity it was asked for. */
function fieldPaths(options: OperationFetch): (string | number)[][] {
  // The planner leaves `document` unset unless exposeDocumentNodeInFetchNode is on: parse the text then.
  const document = options.document ?? (options.request.query ? parse(options.request.query) : undefined);
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const paths: (string | number)[][] = [];
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== '_entities') {
      paths.push([key]);
      continue;
    }
    const representations = options.request.variables?.representations;
    const count = Array.isArray(representations) ? representations.length : 0;
    for (let index = 0; index < count; index++) paths.push([key, index]);
  }
  return paths.length > 0 ? paths : [[]];
}

function isGraphQLErrorBody(body: unknown): body is { errors: GraphQLFormattedError[] } {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((error) => typeof (error as { message?: unknown })?.message === 'string');
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
