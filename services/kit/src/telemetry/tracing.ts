import { context, type Context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** The attribute naming the CareerGraph process a server span belongs to (several share a process in tests). */
export const SERVICE_ATTRIBUTE = 'careergraph.service';

/** The tracer every CareerGraph span is made with. */
const TRACER_NAME = '@careergraph/kit';

let installed: Tracing | undefined;

/** Whether a tracer provider is installed: the HTTP paths skip all span work when it is not. */
export function tracingEnabled(): boolean {
  return installed !== undefined;
}

export interface TracingOptions {
  /** `service.name` of the process's resource (OTEL_SERVICE_NAME overrides it when tracing from env). */
  serviceName: string;
  /** Where spans go; exported one by one when given (tests), in batches over OTLP otherwise. */
  exporter?: SpanExporter;
}

/** An installed tracer provider; `shutdown` flushes what is buffered and removes every global it set. */
export interface Tracing {
  provider: BasicTracerProvider;
  shutdown(): Promise<void>;
}

/**
 * Installs tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` (or the traces-only variant) is set and
 * `OTEL_SDK_DISABLED` is not `true`; otherwise nothing is registered and the request path pays for
 * no SDK. The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself (headers, timeout).
 */
export function tracingFromEnv(serviceName: string, env: Record<string, string | undefined> = process.env): Tracing | undefined {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === 'true') return undefined;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  return installTracing({ serviceName: env.OTEL_SERVICE_NAME || serviceName, exporter: new OTLPTraceExporter() });
}

/**
 * Registers the process's tracer provider, the AsyncLocalStorage context manager, W3C trace-context
 * propagation and the `pg` instrumentation. Apollo Gateway's own spans (`gateway.request`,
 * `gateway.plan`, `gateway.fetch`...) use the registered provider from then on.
 *
 * `pg` is patched in place here rather than through a require hook, so it does not matter whether
 * `pg` was loaded before (tsx, TypeORM at import time) or is loaded through another module loader
 * (Jest): Client.prototype is shared by every client, whenever it was created.
 */
export function installTracing(options: TracingOptions & { exporter: SpanExporter }): Tracing {
  if (installed) throw new Error('tracing is already installed in this process');
  const processor: SpanProcessor =
    options.exporter instanceof OTLPTraceExporter ? new BatchSpanProcessor(options.exporter) : new SimpleSpanProcessor(options.exporter);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  // Only statements inside a traced request: the pool's keep-alives and migrations are not noise in a trace.
  const pg = new PgInstrumentation({ enabled: false, requireParentSpan: true });
  pg.setTracerProvider(provider);
  const unpatch = patchLoadedModules(pg);
  const tracing: Tracing = {
    provider,
    async shutdown() {
      if (installed !== tracing) return;
      installed = undefined;
      unpatch();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  installed = tracing;
  return tracing;
}

/**
 * Applies the instrumentation's `pg` patch (statement spans on Client.prototype.query) to the `pg`
 * this process loads; returns the undo. Its `pg-pool` patch (a span per checkout) is left out: the
 * pool's wait shows in the metrics, and a span per checkout would double every statement's.
 */
function patchLoadedModules(instrumentation: PgInstrumentation): () => void {
  const definition = instrumentation.getModuleDefinitions().find((candidate) => candidate.name === 'pg');
  if (!definition?.patch) throw new Error('the pg instrumentation no longer defines a patch for "pg"');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require('pg/package.json').version;
  definition.patch(pg, version);
  return () => definition.unpatch?.(pg, version);
}

function tracer() {
  return trace.getTracer(TRACER_NAME);
}

/** The context a request's `traceparent` header carries (the root context when it has none). */
export function extractTraceContext(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Writes the active trace context into outgoing request headers (`traceparent`, `tracestate`). */
export function injectTraceContext(set: (name: string, value: string) => void, from: Context = context.active()): void {
  propagation.inject(from, undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** Starts a SERVER span for one HTTP request of `service`, child of the caller's trace context. */
export function startServerSpan(service: string, name: string, parent: Context): Span {
  return tracer().startSpan(name, { kind: SpanKind.SERVER, attributes: { [SERVICE_ATTRIBUTE]: service } }, parent);
}

/**
 * Runs `work` inside a CLIENT span (a subgraph-to-subgraph lookup), ending it with the outcome;
 * without tracing installed it is just `work()`.
 */
export async function withClientSpan<T>(name: string, attributes: Record<string, string>, work: () => Promise<T>): Promise<T> {
  if (!installed) return work();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), work);
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}
