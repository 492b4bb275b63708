import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type DocumentNode, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { ConfigError, EnvReader } from '../config/env';
import { loadSubgraphConfig, repoRoot, type SubgraphConfig } from '../config/service-config';
import { DEADLINE_HEADER, deadlineFrom, type RequestContext, requestIdFrom } from '../context/request-context';
import { DEVELOPMENT_SIGNING_SECRET, IDENTITY_HEADER, IdentitySigner } from '../auth/identity-token';
import { CLIENT_METADATA_HEADER, clientMetadataFrom } from '../context/client-metadata';
import { enforcePolicy, type SubgraphPolicy } from '../auth/policy';
import { suppressionThreshold } from '../analytics/suppression-config';
import { openServiceDatabase, poolUsage, type ServiceSchema } from '../db/data-source';
import { createLogger, type Logger } from '../logger';
import type { BackgroundWorker } from './background-worker';
import { GraphQLHttpService, type GraphQLHttpServiceOptions } from './graphql-http-service';
import { exitOnStartupError, stopOnSignals } from './lifecycle';
import type { SubgraphPackage } from './subgraph-package';
import { readSubgraphUrls, type SubgraphName, SUBGRAPHS } from '../subgraphs';
import { ServiceMetrics } from '../telemetry/metrics';
import { readTelemetryConfig } from '../telemetry/telemetry-config';
import { tracingFromEnv } from '../telemetry/tracing';

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
  /**
   * Secrets the gateway signs identities with, current first (rotation: docs/security.md). Outside
   * production, the development secret when none is given.
   */
  signingSecrets?: readonly string[];
  /** Bearer token `/metrics` requires (METRICS_TOKEN); open without. */
  metricsToken?: string;
}

/** Signs this subgraph's own lookups and checks the gateway's signature on every request. */
export function subgraphSigner(deps: Pick<SubgraphDeps, 'signingSecrets' | 'production'>): IdentitySigner {
  if (!deps.signingSecrets?.length && deps.production) throw new Error('SUBGRAPH_SIGNING_SECRETS is required in production');
  return new IdentitySigner(deps.signingSecrets?.length ? deps.signingSecrets : [DEVELOPMENT_SIGNING_SECRET]);
}

export interface SubgraphDefinition<TContext extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  // Codegen's Resolvers type is structurally a resolver map; Apollo's own type is looser.
  resolvers: object;
  /** Who may reach what; every root field and entity type must have a rule (deny by default). */
  policy: SubgraphPolicy;
  /** The service's own Apollo plugins (e.g. work that must finish before an answer is sent). */
  plugins?: ApolloServerPlugin<TContext>[];
  /** Adds the service's per-request DataLoaders to the base context. */
  createContext(base: Omit<RequestContext, 'loaders'>): TContext;
  /** The service's own HTTP routes beside /graphql (e.g. public documents the gateway proxies). */
  routes?: GraphQLHttpServiceOptions<TContext>['routes'];
}

/** The HTTP service for one subgraph, not yet listening; tests and `startSubgraph` share it. */
export function createSubgraphService<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  deps: SubgraphDeps,
): GraphQLHttpService<TContext> {
  const schema = enforcePolicy(
    buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    }),
    definition.policy,
  );
  const signer = subgraphSigner(deps);
  const metrics = new ServiceMetrics(definition.name);
  metrics.trackPool(() => poolUsage(deps.dataSource));
  return new GraphQLHttpService<TContext>({
    name: definition.name,
    metrics,
    metricsToken: deps.metricsToken,
    logger: deps.logger,
    production: deps.production,
    // Inline traces only feed Apollo's hosted usage reporting, which a district network does not use.
    // No cache control either: no field carries a hint, and its per-field hook wrapped every resolver
    // (2% of a subgraph's CPU); only the gateway answers clients, whose answers stay `no-store` (it
    // reads a subgraph answer without the header as uncacheable).
    apollo: { schema, plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), ...(definition.plugins ?? [])] },
    // Identity comes only from the gateway's signature, bound to this operation's text; a client's
    // own headers are never read for it.
    authenticate: (req) => signer.verify(req.headers[IDENTITY_HEADER], operationText(req)),
    context: async (req, caller) =>
      definition.createContext({
        requestId: requestIdFrom(req.headers['x-request-id']),
        caller,
        logger: deps.logger,
        // Read only here, after the signed identity was verified.
        client: clientMetadataFrom(req.headers[CLIENT_METADATA_HEADER]),
        deadline: deadlineFrom(req.headers[DEADLINE_HEADER]),
      }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
      return true;
    },
    routes: definition.routes,
  });
}

function operationText(req: { body?: unknown; query?: unknown }): string | undefined {
  const fromBody = (req.body as { query?: unknown } | undefined)?.query;
  const fromUrl = (req.query as { query?: unknown } | undefined)?.query;
  const query = fromBody ?? fromUrl;
  return typeof query === 'string' ? query : undefined;
}

/** What `startSubgraph` needs of a built service: a GraphQLHttpService of any context type. */
export interface ListeningService {
  listen(host: string, port: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The kit's settings of a subgraph process and the subgraph's own (SubgraphPackage.loadSettings),
 * read together: one ConfigError lists every problem of both, so an operator fixes them in one go.
 */
export function readSubgraphSettings<TSettings>(
  options: Pick<SubgraphPackage<TSettings>, 'name' | 'loadSettings'>,
  defaultPort: number,
  source: Record<string, string | undefined> = process.env,
): { config: SubgraphConfig; settings: TSettings | undefined } {
  const problems: string[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const config = attempt(() => loadSubgraphConfig(options.name, defaultPort, source));
  const subgraphUrls = config?.subgraphUrls ?? readSubgraphUrls(new EnvReader(source));
  const settings = attempt(() => options.loadSettings?.(subgraphUrls, source));
  // Read again where the analytics are built; checked here so a bad value stops the start.
  attempt(() => suppressionThreshold(source));
  if (problems.length > 0 || !config) throw new ConfigError(problems);
  return { config, settings };
}

/** Boots a subgraph process: database and migrations, optional demo seed, HTTP, clean shutdown. */
export async function startSubgraph(options: SubgraphPackage): Promise<void> {
  let logger: Logger | undefined;
  try {
    // Read inside the try: a bad variable ends the process with one message naming it, not a stack.
    const registered = SUBGRAPHS.find((subgraph) => subgraph.name === options.name);
    if (!registered) throw new Error(`subgraph "${options.name}" is not registered in services/kit/src/subgraphs.ts`);
    // Every setting is read and checked before the first side effect (migrating, seeding): a
    // process missing one stops with its name and leaves the database as it found it.
    const { config, settings } = readSubgraphSettings(options, registered.defaultPort);
    const telemetry = readTelemetryConfig();
    const log = (logger = createLogger(config.service, config.logLevel));
    // Before the first statement, so the pool's queries are traced from the start.
    const tracing = tracingFromEnv(config.service);
    if (tracing) log.info({ endpoint: telemetry.otlpEndpoint }, 'exporting traces over OTLP');
    const database = await openServiceDatabase(config.database, options.schema, {
      onMigrated: (applied) => {
        if (applied.length > 0) log.info({ applied }, 'migrations applied');
      },
    });
    if (config.seedDemo && options.seedDemo) await options.seedDemo(database.dataSource, log);
    const deps: SubgraphDeps = {
      dataSource: database.dataSource,
      logger: log,
      production: config.production,
      subgraphUrls: config.subgraphUrls,
      signingSecrets: config.signingSecrets,
      metricsToken: telemetry.metricsToken,
    };
    const service = options.build(deps, settings);
    const url = await service.listen(config.host, config.port);
    log.info({ url, database: database.embedded ? 'embedded' : 'postgres' }, 'subgraph listening');
    const workers = options.workers?.(deps, settings) ?? [];
    for (const worker of workers) worker.start();
    stopOnSignals(log, async () => {
      await service.stop();
      // Their rounds in hand finish while the database is still open.
      await Promise.all(workers.map((worker) => worker.stop()));
      await database.close();
      await tracing?.shutdown();
    });
  } catch (error) {
    exitOnStartupError(logger, error);
  }
}

/** What a subgraph's process-wide parts are built from: the kit's dependencies and the signer its owner lookups use. */
export interface SubgraphRuntimeDeps extends SubgraphDeps {
  signer: IdentitySigner;
  /** The smallest group size the metric cubes show exactly (SUPPRESSION_THRESHOLD). */
  suppressionThreshold: number;
}

/**
 * One subgraph, described once: the kit builds its schema (contract + resolvers + policy), its
 * server and per-request context, and the launcher, migrate and seed commands read the rest.
 */
export interface SubgraphDeclaration<TSettings, TContext extends RequestContext, TRuntime> {
  name: SubgraphName;
  /** Its PostgreSQL schema (named like the subgraph), entities and migrations. */
  schema: ServiceSchema;
  // Codegen's Resolvers type is structurally a resolver map; Apollo's own type is looser.
  resolvers: object;
  /** Who may reach what, roles and rows (policy.ts); every root field and entity needs a rule. */
  policy: SubgraphPolicy<TContext>;
  /** Reads and checks its settings (config/<name>-settings.ts); a ConfigError names each bad variable. */
  loadSettings(subgraphUrls: Record<string, string>, source: Record<string, string | undefined>): TSettings;
  /** What lives as long as the process: repositories, services, owner clients, metric families. */
  runtime(deps: SubgraphRuntimeDeps, settings: TSettings): TRuntime;
  /** What each request's resolvers get on top of the kit's base context: loaders, owners, services. */
  context(base: Omit<RequestContext, 'loaders'>, runtime: TRuntime): TContext;
  /** Apollo plugins (e.g. work that must finish before an answer is sent). */
  plugins?(runtime: TRuntime): ApolloServerPlugin<TContext>[];
  /** HTTP routes beside /graphql (e.g. public documents the gateway proxies). */
  routes?(runtime: TRuntime, deps: SubgraphRuntimeDeps): GraphQLHttpServiceOptions<TContext>['routes'];
  /** Background work of the process (e.g. the outbox relay), started once it listens. */
  workers?(runtime: TRuntime, deps: SubgraphRuntimeDeps): BackgroundWorker[];
  seedDemo?: SubgraphPackage['seedDemo'];
  seedDistrict?: SubgraphPackage['seedDistrict'];
}

/** A declared subgraph: its package for the launcher and commands, and `build` for tests. */
export interface Subgraph<TSettings, TContext extends RequestContext> extends SubgraphPackage<TSettings> {
  /** The subgraph's HTTP service, not listening; settings default to the environment's. */
  build(deps: SubgraphDeps, settings?: TSettings): GraphQLHttpService<TContext>;
}

export function defineSubgraph<TSettings, TContext extends RequestContext, TRuntime>(
  declaration: SubgraphDeclaration<TSettings, TContext, TRuntime>,
): Subgraph<TSettings, TContext> {
  const { name, schema, policy } = declaration;
  // The runtime `build` made last for these deps: the workers share the service's repositories, owners and metrics.
  const built = new WeakMap<SubgraphDeps, { runtimeDeps: SubgraphRuntimeDeps; runtime: TRuntime }>();
  const buildRuntime = (deps: SubgraphDeps, settings: TSettings) => {
    const runtimeDeps = { ...deps, signer: subgraphSigner(deps), suppressionThreshold: suppressionThreshold() };
    const made = { runtimeDeps, runtime: declaration.runtime(runtimeDeps, settings) };
    built.set(deps, made);
    return made;
  };
  const { workers } = declaration;
  return {
    name,
    schema,
    policy,
    loadSettings: declaration.loadSettings,
    seedDemo: declaration.seedDemo,
    seedDistrict: declaration.seedDistrict,
    workers: workers
      ? (deps, settings = declaration.loadSettings(deps.subgraphUrls, process.env)) => {
          const { runtime, runtimeDeps } = built.get(deps) ?? buildRuntime(deps, settings);
          return workers(runtime, runtimeDeps);
        }
      : undefined,
    build(deps, settings = declaration.loadSettings(deps.subgraphUrls, process.env)) {
      const { runtime, runtimeDeps } = buildRuntime(deps, settings);
      return createSubgraphService<TContext>(
        {
          name,
          typeDefs: loadSubgraphTypeDefs(name),
          resolvers: declaration.resolvers,
          policy,
          plugins: declaration.plugins?.(runtime),
          createContext: (base) => declaration.context(base, runtime),
          routes: declaration.routes?.(runtime, runtimeDeps),
        },
        deps,
      );
    },
  };
}
