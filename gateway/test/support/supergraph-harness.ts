import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createLogger, type ListeningService, repoRoot } from '@careergraph/kit';
import { openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { SUBGRAPH_PACKAGES } from '@careergraph/stack';
import { type GraphQLFormattedError, print } from 'graphql';
import type { DataSource } from 'typeorm';
import { buildGateway } from '../../src/server';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface RunningSupergraph {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  dataSources: Record<string, DataSource>;
  /** Sends an operation through the gateway, as a client would. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    url?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * Every subgraph and the gateway in this process, each subgraph on its own fresh database and a
 * free loopback port: the real HTTP path between gateway and subgraphs, with no fixed ports.
 */
export async function startSupergraph(options: { seedDemo?: boolean } = {}): Promise<RunningSupergraph> {
  const logger = createLogger('e2e', 'silent');
  const databases: TestDataSource[] = [];
  const services: ListeningService[] = [];
  const subgraphUrls: Record<string, string> = {};
  const dataSources: Record<string, DataSource> = {};
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
    for (const database of databases) await database.close();
  };
  try {
    for (const subgraph of SUBGRAPH_PACKAGES) {
      const database = await openTestDataSource(subgraph.schema);
      databases.push(database);
      dataSources[subgraph.name] = database.dataSource;
      if (options.seedDemo) await subgraph.seedDemo?.(database.dataSource, logger);
      // Subgraphs start in registry order, so the ones a subgraph looks up are already listening.
      const service = subgraph.build({ dataSource: database.dataSource, logger, production: false, subgraphUrls: { ...subgraphUrls } });
      services.push(service);
      subgraphUrls[subgraph.name] = await service.listen('127.0.0.1', 0);
    }
    const gateway = buildGateway({
      config: {
        supergraphPath: path.join(repoRoot, 'schema/supergraph.graphql'),
        subgraphUrls,
        subgraphTimeoutMs: 10_000,
        production: false,
      },
      logger,
    });
    services.push(gateway);
    const gatewayUrl = await gateway.listen('127.0.0.1', 0);
    return {
      gatewayUrl,
      subgraphUrls,
      dataSources,
      request: (document, variables, url = gatewayUrl, headers = {}) => postGraphQL(url, document, variables, headers),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
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
