import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Request } from 'express';
import type { Caller } from '../auth/caller';
import { statementLogSoFar, statementsSoFar, withStatementTally } from '../db/statement-counter';
import { AppError } from '../errors/app-errors';
import { createErrorFormatter } from '../errors/format-error';
import { inputGuardPlugin } from '../graphql/input-guard';
import type { Logger } from '../logger';
import { expressJsonBody, isPlainJsonPost, leanJsonBody, sendJson } from './json-body-reader';
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
  /** What `/graphql` requests go through besides the kit's own checks (the gateway's guards). */
  graphql?: GraphQLRouteOptions;
  /** The service's Prometheus series (`/metrics`); a fresh set when not given. */
  metrics?: ServiceMetrics;
  /** A scraper of `/metrics` must send it as a bearer token (METRICS_TOKEN); open without. */
  metricsToken?: string;
}

/**
 * Middleware of the `/graphql` route, in Express's (req, res, next) form. They run on Express's
 * request and response objects either way; the hot path only skips Express's router, so they must
 * not depend on router state (`req.baseUrl`, `req.params`).
 */
export interface GraphQLRouteOptions {
  /** Largest body read, in bytes (1 MiB by default); a larger one is refused with 413 REQUEST_TOO_LARGE. */
  maxRequestBytes?: number;
  /** Before the body is read (CORS). */
  beforeBody?: express.RequestHandler[];
  /** After the body is read, before authentication (persisted documents by id). */
  afterBody?: express.RequestHandler[];
}

/** Subgraphs are only called by the gateway and each other; a megabyte leaves room for large entity batches. */
const DEFAULT_MAX_REQUEST_BYTES = 1_048_576;

/** A readiness answer with details for the `/ready` body beside `status` and `service`. */
export interface ReadinessReport {
  ready: boolean;
  details: Record<string, unknown>;
}

/**
 * One HTTP server per process: `/graphql`, `/health` (the process is alive) and `/ready` (its
 * dependencies answer). Built without listening so tests can drive it in-process.
 *
 * A POST of plain JSON to `/graphql` (every gateway and subgraph operation) goes straight from
 * `node:http` through the route's middleware to Apollo's `executeHTTPGraphQLRequest` (issue 18's
 * profile charged Node's HTTP server with Express and body-parser about 0.55 ms of CPU per request
 * and process).
 * Every other request (GET, other bodies, CORS preflights, the other routes) goes through the
 * Express app, whose `/graphql` route runs the same middleware.
 */
export class GraphQLHttpService<TContext extends BaseContext & { requestId?: string }> {
  readonly app = express();
  readonly httpServer = http.createServer((req, res) => this.dispatch(req, res));
  readonly apollo: ApolloServer<TContext>;
  readonly metrics: ServiceMetrics;
  private readonly telemetry: RequestTelemetry;
  private started = false;
  /** The `/graphql` middleware of the hot path, once started. */
  private leanSteps?: express.RequestHandler[];

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
    this.options.routes?.(app);
    const { maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES, beforeBody = [], afterBody = [] } = this.options.graphql ?? {};
    const before = [this.telemetry.start, ...beforeBody];
    const after: express.RequestHandler[] = [
      // The body's stream callbacks run in the context the socket was opened in, not the request's.
      this.telemetry.resume,
      ...afterBody,
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
      this.executeGraphQL,
    ];
    // The same steps on both paths; only the body reader differs.
    app.use('/graphql', ...before, ...expressJsonBody(maxRequestBytes), ...after);
    this.leanSteps = [...before, leanJsonBody(maxRequestBytes), ...after];
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

  private dispatch(req: http.IncomingMessage, res: http.ServerResponse): void {
    const steps = this.leanSteps;
    if (!steps || !isGraphQLPath(req.url) || !isPlainJsonPost(req)) {
      this.app(req, res);
      return;
    }
    // What Express's app.handle does before its router: its request and response methods (req.ip,
    // res.status().json()) for the middleware, which works alike on both paths.
    const request = Object.setPrototypeOf(req, this.app.request) as Request;
    const response = Object.setPrototypeOf(res, this.app.response) as express.Response;
    request.res = response;
    response.req = request;
    response.locals = Object.create(null);
    let index = 0;
    const next = (error?: unknown) => {
      if (error) return this.failed(request, response, error);
      const step = steps[index++];
      if (!step) return;
      try {
        step(request, response, next);
      } catch (thrown) {
        this.failed(request, response, thrown);
      }
    };
    next();
  }

  /** An unexpected error on the hot path: logged, answered as Express's final handler would, as a 500. */
  private failed(req: Request, res: express.Response, error: unknown): void {
    this.options.logger.error({ err: error, requestId: req.headers['x-request-id'] }, 'unexpected error serving /graphql');
    if (res.headersSent) res.destroy();
    else sendJson(res, 500, { errors: [{ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }

  /** The end of both `/graphql` paths: Apollo's HTTP handling, answered with node's own response API. */
  private readonly executeGraphQL: express.RequestHandler = (req, res, next) => {
    if (!('body' in req)) {
      // As Apollo's Express integration answers a request no body parser took (a body of another type).
      res.status(500).send('`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.');
      return;
    }
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url;
    const query = url.indexOf('?');
    this.apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: req.body },
        context: async () => {
          const contextValue = await this.options.context(req, callers.get(req)!);
          this.telemetry.bind(req, contextValue);
          return contextValue;
        },
      })
      .then(async (answer) => {
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.statusCode = answer.status ?? 200;
        if (answer.body.kind === 'complete') {
          res.setHeader('content-length', Buffer.byteLength(answer.body.string));
          res.end(answer.body.string);
          return;
        }
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(next);
  };

  /** Stops accepting connections and waits for in-flight requests (Apollo's drain plugin). */
  async stop(): Promise<void> {
    if (this.started) await this.apollo.stop();
    else if (this.httpServer.listening) await new Promise((resolve) => this.httpServer.close(resolve));
  }
}

const callers = new WeakMap<Request, Caller>();

/** `/graphql`, with or without a query string: the hot path's only URL (Express matches the rest). */
function isGraphQLPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

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
