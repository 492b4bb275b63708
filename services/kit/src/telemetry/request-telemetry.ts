import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, type Context, type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type express from 'express';
import { requestIdFrom } from '../context/request-context';
import type { Logger } from '../logger';
import type { ServiceMetrics } from './metrics';
import { extractTraceContext, startServerSpan, tracingEnabled } from './tracing';

/** What one `/graphql` request has gathered by the time its answer is sent. */
interface RequestRecord {
  telemetry: RequestTelemetry;
  requestId: string;
  startedAt: bigint;
  /** Bounded operation label, once Apollo has resolved the operation. */
  operation?: string;
  /** Error code the request ended with (first one), or `ok`. */
  outcome?: string;
  /** Execution started: errors after that are the operation's, not a refusal of the request. */
  executed?: boolean;
  span?: Span;
  traceContext?: Context;
}

const requests = new WeakMap<IncomingMessage, RequestRecord>();
/** Where a context value carries its request's record: Apollo hands plugins a shallow copy of the context, which keeps it. */
const RECORD = Symbol('careergraph.requestTelemetry');

/** A request refused before or instead of running its operation. */
export interface Refusal {
  status: number;
  code: string;
  reason: string;
}

/**
 * Records a refusal of `req`: one structured `request refused` log line with the request id and
 * reason, the outcome label of its metrics, and the error status of its span. Every refusal path
 * (authentication, body limits, the rate limit, persisted-query checks) calls it.
 */
export function recordRefusal(req: IncomingMessage, refusal: Refusal): void {
  const record = requests.get(req);
  if (!record) return;
  record.telemetry.refused(record, refusal);
}

/**
 * The request side of one service's observability: a SERVER span per `/graphql` request, child of
 * the caller's `traceparent` (only with tracing installed), the request metrics, and the refusal log.
 */
export class RequestTelemetry {
  constructor(
    private readonly service: string,
    readonly metrics: ServiceMetrics,
    private readonly logger: Logger,
  ) {}

  /**
   * First on `/graphql`: fixes the request id (a client's valid `x-request-id`, or a new one) so the
   * refusal log, the context and the subgraphs all see the same one, and opens the request's span.
   */
  readonly start: express.RequestHandler = (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const record: RequestRecord = { telemetry: this, requestId, startedAt: process.hrtime.bigint() };
    requests.set(req, record);
    res.once('finish', () => this.finish(record, res.statusCode));
    if (!tracingEnabled()) return next();
    record.span = startServerSpan(this.service, `${req.method} /graphql`, extractTraceContext(req.headers));
    record.span.setAttribute('http.request.method', req.method);
    record.traceContext = trace.setSpan(context.active(), record.span);
    context.with(record.traceContext, next);
  };

  /**
   * Re-enters the request's trace context after the body is read: the body parser's stream callbacks
   * run in the context the socket was opened in, not the request's.
   */
  readonly resume: express.RequestHandler = (req, _res, next) => {
    const traceContext = requests.get(req)?.traceContext;
    if (traceContext) context.with(traceContext, next);
    else next();
  };

  /** Ties an operation's context value to its HTTP request, for the plugin below. */
  bind(req: IncomingMessage, contextValue: object): void {
    const record = requests.get(req);
    if (record) Object.assign(contextValue, { [RECORD]: record });
  }

  /** Names the span and metrics after the operation, and logs a request refused before execution. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    return {
      async requestDidStart({ contextValue }) {
        const record = (contextValue as { [RECORD]?: RequestRecord })[RECORD];
        if (!record) return;
        return {
          async didResolveOperation({ operationName, operation }) {
            record.operation = record.telemetry.metrics.operationLabel(operationName);
            const type = operation?.operation ?? 'query';
            record.span?.updateName(`${type} ${record.operation}`);
            record.span?.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': record.operation });
          },
          async executionDidStart() {
            record.executed = true;
          },
          async willSendResponse({ errors, response }) {
            const first = errors?.[0];
            record.outcome = first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
            if (first && !record.executed) {
              record.telemetry.refused(record, { status: response.http.status ?? 400, code: record.outcome, reason: first.message });
            }
          },
        };
      },
    };
  }

  refused(record: RequestRecord, refusal: Refusal): void {
    record.outcome = refusal.code;
    if (refusal.code === 'RATE_LIMITED') this.metrics.rateLimited.inc();
    this.logger.warn({ requestId: record.requestId, status: refusal.status, code: refusal.code, reason: refusal.reason }, 'request refused');
  }

  private finish(record: RequestRecord, status: number): void {
    const operation = record.operation ?? 'unresolved';
    const outcome = record.outcome ?? (status < 400 ? 'ok' : `HTTP_${status}`);
    this.metrics.observeRequest(operation, outcome, Number(process.hrtime.bigint() - record.startedAt) / 1e9);
    const span = record.span;
    if (!span) return;
    span.setAttributes({ 'http.response.status_code': status, 'careergraph.outcome': outcome, 'careergraph.request_id': record.requestId });
    if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
    span.end();
  }
}
