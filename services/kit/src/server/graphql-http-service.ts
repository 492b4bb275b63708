import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { Caller } from '../auth/caller';
import { statementLogSoFar, statementsSoFar, withStatementTally } from '../db/statement-counter';
import { AppError } from '../errors/app-errors';
import { createErrorFormatter } from '../errors/format-error';
import { inputGuardPlugin } from '../graphql/input-guard';
import type { Logger } from '../logger';
import { mountMetricsRoute, ServiceMetrics } from '../telemetry/metrics';
import { recordRefusal, RequestTelemetry } from '../telemetry/request-telemetry';

export interface GraphQLHttpServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  production: boolean;
  /** Schema or gateway, and any extra plugins; error formatting and draining are added here. */
  apollo: Omit<ApolloServerOptions<TContext>, 'formatError'> & { plugins?: ApolloServerPlugin<TContext>[] };
  /**
   * Who is asking, checked before any GraphQL work: an AppError (UNAUTHENTICATED) answers 401 with
   * a GraphQL error body and nothing is executed.
   */
  authenticate: (req: Request) => Promise<Caller>;
  context: (req: Request, caller: Caller) => Promise<TContext>;
  /**
   * Whether the service can do its work now (database reachable, subgraphs up); a report's details
   * (the gateway's per-subgraph health) are added to the `/ready` body.
   */
  ready: () => Promise<boolean | ReadinessReport>;
  /** Extra routes (the gateway's playground and exports); mounted before `/graphql`. */
  routes?: (app: express.Express) => void;
  /** The service's Prometheus series (`/metrics`); a fresh set when not given. */
  metrics?: ServiceMetrics;
  /** A scraper of `/metrics` must send it as a bearer token (METRICS_TOKEN); open without. */
  metricsToken?: string;
}

/** A readiness answer with details for the `/ready` body beside `status` and `service`. */
export interface ReadinessReport {
  ready: boolean;
  details: Record<string, unknown>;
}

/**
 * One Express app per process: `/graphql`, `/health` (the process is alive) and `/ready` (its
 * dependencies answer). Built without listening so tests can drive it in-process.
 */
export class GraphQLHttpService<TContext extends BaseContext & { requestId?: string }> {
  readonly app = express();
  readonly httpServer = http.createServer(this.app);
  readonly apollo: ApolloServer<TContext>;
  readonly metrics: ServiceMetrics;
  private readonly telemetry: RequestTelemetry;
  private started = false;

  constructor(private readonly options: GraphQLHttpServiceOptions<TContext>) {
    const { logger, production } = options;
    this.metrics = options.metrics ?? new ServiceMetrics(options.name);
    this.telemetry = new RequestTelemetry(options.name, this.metrics, logger);
    this.apollo = new ApolloServer<TContext>({
      ...(options.apollo as ApolloServerOptions<TContext>),
      logger,
      includeStacktraceInErrorResponses: !production,
      introspection: options.apollo.introspection ?? !production,
      // The process's own signal handling drains and closes pools (kit lifecycle); Apollo's would
      // stop the server beside it and re-raise the signal, which ends the process mid-drain.
      stopOnTerminationSignals: false,
      formatError: createErrorFormatter({
        production,
        onInternalError: (error) => logger.error({ err: error }, 'unexpected error in resolver'),
      }),
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer: this.httpServer }),
        requestLogPlugin<TContext>(logger),
        this.telemetry.plugin<TContext>(),
        inputGuardPlugin<TContext>(),
        ...(production ? [] : [statementCountPlugin<TContext>()]),
        ...(options.apollo.plugins ?? []),
      ],
    } as ApolloServerOptions<TContext>);
  }

  /** Starts Apollo and mounts the routes; idempotent. */
  async start(): Promise<this> {
    if (this.started) return this;
    this.started = true;
    await this.apollo.start();
    const { app } = this;
    app.disable('x-powered-by');
    app.get('/health', (_req, res) => {
      res.json({ status: 'ok', service: this.options.name });
    });
    app.get('/ready', async (_req, res) => {
      const report = await this.options.ready().catch(() => false);
      const { ready, details } = typeof report === 'boolean' ? { ready: report, details: {} } : report;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: this.options.name, ...details });
    });
    mountMetricsRoute(app, this.metrics, this.options.metricsToken);
    // Before the service's routes: the gateway's body guards refuse on `/graphql` too, and are counted and logged.
    app.use('/graphql', this.telemetry.start);
    this.options.routes?.(app);
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      this.telemetry.resume,
      refuseMismatchedPersistedQuery,
      (req, res, next) => {
        this.options.authenticate(req).then(
          (caller) => {
            callers.set(req, caller);
            next();
          },
          (error: unknown) => refuse(req, res, error, next),
        );
      },
      // After body parsing: its stream callbacks would not carry the tally along. Only a request that
      // asks for its statements gets one (never in production): an AsyncLocalStorage in use makes
      // every promise of the process pay for tracking it.
      (req, _res, next) => {
        const log = wantsStatementCount(req.headers[SQL_LOG_HEADER]);
        if (this.options.production || !(log || wantsStatementCount(req.headers[SQL_COUNT_HEADER]))) return next();
        withStatementTally(next, { log });
      },
      expressMiddleware(this.apollo, {
        context: async ({ req }) => {
          const contextValue = await this.options.context(req, callers.get(req)!);
          this.telemetry.bind(req, contextValue);
          return contextValue;
        },
      }),
    );
    return this;
  }

  /**
   * Runs one operation in-process as `caller`, with the context a request carrying `headers` would
   * get: what integration tests use to exercise resolvers, services and SQL without HTTP. The
   * signature check is the HTTP boundary's, so it is not part of this path.
   */
  async execute<TData = Record<string, unknown>>(
    request: { query: string; variables?: Record<string, unknown>; operationName?: string },
    { caller, headers = {} }: { caller: Caller; headers?: Record<string, string> },
  ) {
    await this.start();
    const contextValue = await this.options.context({ headers, body: request } as unknown as Request, caller);
    const response = await this.apollo.executeOperation<TData>(request, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    return response.body.singleResult;
  }

  /** Listens on host:port (port 0 picks a free one) and returns the GraphQL URL. */
  async listen(host: string, port: number): Promise<string> {
    await this.start();
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once('error', reject);
      this.httpServer.listen(port, host, () => {
        this.httpServer.off('error', reject);
        resolve();
      });
    });
    const address = this.httpServer.address() as AddressInfo;
    return `http://${host}:${address.port}/graphql`;
  }

  /** Stops accepting connections and waits for in-flight requests (Apollo's drain plugin). */
  async stop(): Promise<void> {
    if (this.started) await this.apollo.stop();
    else if (this.httpServer.listening) await new Promise((resolve) => this.httpServer.close(resolve));
  }
}

const callers = new WeakMap<Request, Caller>();

/**
 * Apollo answers a persisted-query hash that does not match the query sent with it (or an unknown
 * persisted-query version) with an error that has no code, which production masks as an internal
 * error; checked here, it is a 400 saying what is wrong. Only the hash a client sends beside its
 * query is checked: a hash sent alone is looked up by Apollo (PERSISTED_QUERY_NOT_FOUND).
 */
function refuseMismatchedPersistedQuery(req: Request, res: express.Response, next: express.NextFunction): void {
  const source = req.method === 'GET' ? req.query : req.body;
  let extensions: unknown = source?.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      // Apollo refuses unreadable extensions itself, with a code.
      return next();
    }
  }
  const persisted = (extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null)?.persistedQuery;
  if (!persisted || typeof persisted !== 'object') return next();
  const reply = (code: string, message: string) => {
    recordRefusal(req, { status: 400, code, reason: message });
    res.status(400).json({ errors: [{ message, extensions: { code } }] });
  };
  if (persisted.version !== 1) return reply('PERSISTED_QUERY_VERSION_UNSUPPORTED', 'only version 1 of persisted queries is supported');
  const query: unknown = source?.query;
  if (typeof query !== 'string') return next();
  if (persisted.sha256Hash !== createHash('sha256').update(query).digest('hex')) {
    return reply('PERSISTED_QUERY_HASH_MISMATCH', 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it');
  }
  next();
}

/** Answers a refused authentication as GraphQL over HTTP would: status and a GraphQL error body. */
function refuse(req: Request, res: express.Response, error: unknown, next: express.NextFunction): void {
  if (!(error instanceof AppError)) {
    next(error);
    return;
  }
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 401;
  const { http: _http, ...extensions } = error.extensions;
  recordRefusal(req, { status, code: String(extensions.code), reason: error.message });
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message: error.message, extensions }] });
}

/**
 * A client sending this header (value `1`) to a non-production service gets the number of SQL
 * statements its operation sent in `extensions.sqlStatements`: how tests and the benchmark prove an
 * operation's statement count does not grow with its page size.
 */
export const SQL_COUNT_HEADER = 'x-careergraph-sql-count';

/**
 * With this header (value `1`) a non-production service also returns the SQL text and parameters
 * its operation sent, in `extensions.sqlLog`: how the benchmark EXPLAINs the statements it really runs.
 */
export const SQL_LOG_HEADER = 'x-careergraph-sql-log';

/** Whether an incoming request asked for its SQL statement count (only honoured outside production). */
export function wantsStatementCount(header: string | string[] | null | undefined): boolean {
  return (Array.isArray(header) ? header[0] : header) === '1';
}

function statementCountPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const count = wantsStatementCount(request.http?.headers.get(SQL_COUNT_HEADER));
      const log = wantsStatementCount(request.http?.headers.get(SQL_LOG_HEADER));
      if (!count && !log) return;
      return {
        async willSendResponse({ response }) {
          const statements = statementsSoFar();
          if (response.body.kind !== 'single' || statements === undefined) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            ...(count ? { sqlStatements: statements } : {}),
            ...(log ? { sqlLog: statementLogSoFar() } : {}),
          };
        },
      };
    },
  };
}

function requestLogPlugin<TContext extends BaseContext & { requestId?: string }>(
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          // Each error carries the request id, so a masked production error can be found in the logs.
          if (response.body.kind === 'single' && contextValue.requestId) {
            for (const error of response.body.singleResult.errors ?? []) {
              (error.extensions as Record<string, unknown> | undefined) ??= {};
              Object.assign(error.extensions!, { requestId: contextValue.requestId });
            }
          }
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? undefined,
              durationMs: Number(process.hrtime.bigint() - startedAt) / 1e6,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
