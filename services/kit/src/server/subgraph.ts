import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type DocumentNode, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { loadSubgraphConfig, repoRoot } from '../config/service-config';
import { ANONYMOUS_CALLER, type RequestContext, requestIdFrom } from '../context/request-context';
import { openServiceDatabase } from '../db/data-source';
import { createLogger, type Logger } from '../logger';
import { GraphQLHttpService } from './graphql-http-service';
import { exitOnStartupError, stopOnSignals } from './lifecycle';
import type { SubgraphPackage } from './subgraph-package';
import { SUBGRAPHS } from '../subgraphs';

/** Reads a subgraph's contract, `schema/<name>.graphql`, the single source of its SDL. */
export function loadSubgraphTypeDefs(name: string): DocumentNode {
  return parse(readFileSync(path.join(repoRoot, 'schema', `${name}.graphql`), 'utf8'));
}

export interface SubgraphDeps {
  dataSource: DataSource;
  logger: Logger;
  production: boolean;
  /** Where the other subgraphs answer (name → /graphql URL), for entity lookups. */
  subgraphUrls: Record<string, string>;
}

export interface SubgraphDefinition<TContext extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  // Codegen's Resolvers type is structurally a resolver map; Apollo's own type is looser.
  resolvers: object;
  /** Adds the service's per-request DataLoaders to the base context. */
  createContext(base: Omit<RequestContext, 'loaders'>): TContext;
}

/** The HTTP service for one subgraph, not yet listening; tests and `startSubgraph` share it. */
export function createSubgraphService<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  deps: SubgraphDeps,
): GraphQLHttpService<TContext> {
  const schema = buildSubgraphSchema({
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
  });
  return new GraphQLHttpService<TContext>({
    name: definition.name,
    logger: deps.logger,
    production: deps.production,
    // Inline traces only feed Apollo's hosted usage reporting, which a district network does not use.
    apollo: { schema, plugins: [ApolloServerPluginInlineTraceDisabled()] },
    context: async (req) =>
      definition.createContext({
        requestId: requestIdFrom(req.headers['x-request-id']),
        caller: ANONYMOUS_CALLER,
        logger: deps.logger,
      }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
      return true;
    },
  });
}

/** What `startSubgraph` needs of a built service: a GraphQLHttpService of any context type. */
export interface ListeningService {
  listen(host: string, port: number): Promise<string>;
  stop(): Promise<void>;
}

/** Boots a subgraph process: database and migrations, optional demo seed, HTTP, clean shutdown. */
export async function startSubgraph(options: SubgraphPackage): Promise<void> {
  let logger: Logger | undefined;
  try {
    // Read inside the try: a bad variable ends the process with one message naming it, not a stack.
    const registered = SUBGRAPHS.find((subgraph) => subgraph.name === options.name);
    if (!registered) throw new Error(`subgraph "${options.name}" is not registered in services/kit/src/subgraphs.ts`);
    const config = loadSubgraphConfig(options.name, registered.defaultPort);
    const log = (logger = createLogger(config.service, config.logLevel));
    const database = await openServiceDatabase(config.database, options.schema, (applied) => {
      if (applied.length > 0) log.info({ applied }, 'migrations applied');
    });
    if (config.seedDemo && options.seedDemo) await options.seedDemo(database.dataSource, log);
    const service = options.build({
      dataSource: database.dataSource,
      logger: log,
      production: config.production,
      subgraphUrls: config.subgraphUrls,
    });
    const url = await service.listen(config.host, config.port);
    log.info({ url, database: database.embedded ? 'embedded' : 'postgres' }, 'subgraph listening');
    stopOnSignals(log, async () => {
      await service.stop();
      await database.close();
    });
  } catch (error) {
    exitOnStartupError(logger, error);
  }
}
