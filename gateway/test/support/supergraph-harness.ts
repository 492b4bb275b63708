import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type BackgroundWorker,
  type Caller,
  type CareerGraphClaims,
  createLogger,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  EnvReader,
  generateDevelopmentKey,
  GraphQLHttpService,
  type ListeningService,
  type Logger,
  type TrustedIssuer,
  mintDevelopmentToken,
  repoRoot,
} from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, signedHeaders, type TestDataSource } from '@careergraph/kit/testing';
import { SUBGRAPH_PACKAGES } from '@careergraph/stack';
import { type GraphQLFormattedError, print } from 'graphql';
import type { JWK } from 'jose';
import type { DataSource } from 'typeorm';
import type { UiSignInConfig } from '../../src/config';
import { type HardeningConfig, readHardeningConfig } from '../../src/hardening';
import { buildGateway } from '../../src/server';
import { DEFAULT_SUBGRAPH_MAX_SOCKETS } from '../../src/performance/subgraph-fetcher';

export interface SupergraphOptions {
  seedDemo?: boolean;
  /** Environment variables the subgraphs' settings read on top of the process's (e.g. WEBHOOK_MAX_ATTEMPTS). */
  env?: Record<string, string>;
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** How a test gateway differs from the default development one. */
export interface GatewayOverrides {
  production?: boolean;
  signingSecrets?: string[];
  hardening?: Partial<HardeningConfig>;
  /** Where this gateway finds subgraphs, when not the running ones. */
  subgraphUrls?: Record<string, string>;
  /** How long it waits for a subgraph (SUBGRAPH_TIMEOUT_MS; 10 s by default here). */
  subgraphTimeoutMs?: number;
  /** Where this gateway logs (silent by default), for tests of its log lines. */
  logger?: Logger;
  /** Identity providers trusted beside the development key (the local OpenID provider). */
  additionalIssuers?: TrustedIssuer[];
  /** The pages' sign-in settings (UI_OIDC_*). */
  uiSignIn?: UiSignInConfig;
}

export interface RunningSupergraph {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  dataSources: Record<string, DataSource>;
  /** Sends an operation straight to one subgraph, signed as the gateway would sign it for `caller`. */
  subgraphRequest<TData>(name: string, query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<TData>>;
  /** A bearer token for `claims`, signed with this run's development key. */
  token(claims: CareerGraphClaims & { subject?: string }): Promise<string>;
  /** Sends an operation through the gateway as the caller `claims` describe. */
  requestAs<TData, TVariables>(
    claims: CareerGraphClaims & { subject?: string },
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TData>>;
  /**
   * Sends an operation through the gateway, as a client would: as a DISTRICT_ADMIN unless the
   * headers carry their own `authorization` (an empty one sends none).
   */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    url?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Another gateway over the same subgraphs (production, tighter limits...), stopped with the rest. */
  startGateway(overrides: GatewayOverrides): Promise<string>;
  /** HTTP requests that have reached any subgraph so far (the gateway's plans and direct calls). */
  subgraphRequestCount(): number;
  /** Calls `listener` with every HTTP request a subgraph receives until the returned function is called. */
  onSubgraphRequest(listener: (subgraph: string, request: IncomingMessage) => void): () => void;
  /** The key this run's gateway verifies client tokens with (for tokens `token()` will not mint). */
  developmentKey: JWK;
  /**
   * A subgraph's background workers (the outbox relay, webhook deliveries...), not started: they share
   * the running service's parts, and a test drives them a round at a time (`runOnce()`).
   */
  workers(subgraph: string): BackgroundWorker[];
  stop(): Promise<void>;
}

/**
 * Every subgraph and the gateway in this process, each subgraph on its own fresh database and a
 * free loopback port: the real HTTP path between gateway and subgraphs, with no fixed ports.
 */
export async function startSupergraph(options: SupergraphOptions = {}): Promise<RunningSupergraph> {
  const logger = createLogger('e2e', 'silent');
  const databases: TestDataSource[] = [];
  const services: ListeningService[] = [];
  const subgraphUrls: Record<string, string> = {};
  const dataSources: Record<string, DataSource> = {};
  const workers: Record<string, () => BackgroundWorker[]> = {};
  let subgraphRequests = 0;
  const requestListeners = new Set<(subgraph: string, request: IncomingMessage) => void>();
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
    for (const database of databases) await database.close();
  };
  try {
    for (const subgraph of SUBGRAPH_PACKAGES) {
      const { seedDemo } = subgraph;
      // Seeded once per run into the schema's template (openTestDataSource), not once per test file.
      const seed = options.seedDemo && seedDemo ? { name: 'demo', run: (dataSource: DataSource) => seedDemo(dataSource, logger) } : undefined;
      const database = await openTestDataSource(subgraph.schema, { seed });
      databases.push(database);
      dataSources[subgraph.name] = database.dataSource;
      // Subgraphs start in registry order, so the ones a subgraph checks on writes are already
      // listening; the map is shared so lookups made later (students asking credentials and
      // placements for reporting flags) find the subgraphs started after it.
      const deps = { dataSource: database.dataSource, logger, production: false, subgraphUrls };
      const settings = subgraph.loadSettings?.(subgraphUrls, { ...process.env, ...options.env });
      const service = subgraph.build(deps, settings);
      // The same deps object as build's, so the workers share the service's repositories and clients.
      workers[subgraph.name] = () => subgraph.workers?.(deps, settings) ?? [];
      services.push(service);
      if (service instanceof GraphQLHttpService) {
        service.httpServer.on('request', (request: IncomingMessage) => {
          subgraphRequests++;
          for (const listener of requestListeners) listener(subgraph.name, request);
        });
      }
      subgraphUrls[subgraph.name] = await service.listen('127.0.0.1', 0);
    }
    const developmentKey = await generateDevelopmentKey();
    const defaults = readHardeningConfig(new EnvReader({}));
    const startGateway = async (overrides: GatewayOverrides = {}) => {
      const gateway = buildGateway({
        config: {
          supergraphPath: path.join(repoRoot, 'schema/supergraph.graphql'),
          // The committed supergraph, never reloaded (gateway/test/supergraph-reload.e2e.test.ts reloads).
          supergraphPollMs: 0,
          subgraphUrls: overrides.subgraphUrls ?? subgraphUrls,
          subgraphTimeoutMs: overrides.subgraphTimeoutMs ?? 10_000,
          subgraphReportTimeoutMs: 60_000,
          subgraphMaxSockets: DEFAULT_SUBGRAPH_MAX_SOCKETS,
          production: overrides.production ?? false,
          signingSecrets: overrides.signingSecrets ?? [],
          ...defaults,
          // Tests send far more requests per identity than a person would.
          rateLimit: { ...defaults.rateLimit, points: 1_000_000 },
          ...overrides.hardening,
          uiSignIn: overrides.uiSignIn,
        },
        clientTokens: { developmentKey, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE, additionalIssuers: overrides.additionalIssuers },
        logger: overrides.logger ?? logger,
      });
      services.push(gateway);
      return gateway.listen('127.0.0.1', 0);
    };
    const gatewayUrl = await startGateway();
    const token = (claims: CareerGraphClaims & { subject?: string }) => mintDevelopmentToken(developmentKey, claims);
    const admin = `Bearer ${await token({ role: 'DISTRICT_ADMIN' })}`;
    const withAuthorization = (headers: Record<string, string>): Record<string, string> => {
      if (!('authorization' in headers)) return { ...headers, authorization: admin };
      const { authorization, ...rest } = headers;
      return authorization ? headers : rest;
    };
    return {
      gatewayUrl,
      subgraphUrls,
      dataSources,
      token,
      startGateway,
      subgraphRequestCount: () => subgraphRequests,
      onSubgraphRequest: (listener) => {
        requestListeners.add(listener);
        return () => requestListeners.delete(listener);
      },
      developmentKey,
      workers: (name) => workers[name](),
      subgraphRequest: async (name, query, variables, caller = DISTRICT_ADMIN) =>
        postGraphQL(subgraphUrls[name], query, variables, await signedHeaders(query, caller)),
      requestAs: async (claims, document, variables) =>
        postGraphQL(gatewayUrl, document, variables, { authorization: `Bearer ${await token(claims)}` }),
      request: (document, variables, url = gatewayUrl, headers = {}) =>
        postGraphQL(url, document, variables, url === gatewayUrl ? withAuthorization(headers) : headers),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Expects an operation's answer to have no errors and returns its data. */
export function ok<TData>(response: GraphQLResponse<TData>): TData {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

export async function postGraphQL<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
