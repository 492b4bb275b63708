import { timingSafeEqual } from 'node:crypto';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Distinct operation names one process labels before the rest are counted as `other`. */
export const MAX_OPERATION_LABELS = 200;

/** Seconds; from a cached lookup to a district year's report. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * The process's own series (event-loop lag, heap, GC, CPU, file descriptors), registered once per
 * process whatever the number of services it runs (the end-to-end tests run five).
 */
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Pool counts as pg's Pool reports them. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

/**
 * One service's Prometheus series. Labels are bounded: operation names are the first
 * MAX_OPERATION_LABELS seen (then `other`, and `anonymous` for unnamed operations), outcomes are
 * `ok` or an error code the service itself sets, subgraphs are the supergraph's.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation' | 'outcome'>;
  readonly rateLimited: Counter<never>;
  private subgraphFetch?: { duration: Histogram<'subgraph' | 'outcome'>; errors: Counter<'subgraph' | 'reason'> };

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'careergraph_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and outcome (ok or the error code).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestDuration = new Histogram({
      name: 'careergraph_graphql_request_duration_seconds',
      help: 'Time from the request arriving to the answer being sent, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.rateLimited = new Counter({
      name: 'careergraph_rate_limit_refusals_total',
      help: 'Requests refused with RATE_LIMITED (HTTP 429).',
      registers,
    });
  }

  /** The label for a client's operation name: bounded, so clients cannot grow the series without limit. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (!GRAPHQL_NAME.test(name) || this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Counts one answered request. */
  observeRequest(operation: string, outcome: string, seconds: number): void {
    this.requests.inc({ operation, outcome });
    this.requestDuration.observe({ operation, outcome }, seconds);
  }

  /** The gateway's per-subgraph fetch series, registered on first use. */
  observeSubgraphFetch(subgraph: string, seconds: number, error?: 'timeout' | 'unavailable'): void {
    this.subgraphFetch ??= {
      duration: new Histogram({
        name: 'careergraph_subgraph_fetch_duration_seconds',
        help: 'Time the gateway waited for one subgraph fetch of a query plan, by subgraph and outcome.',
        labelNames: ['subgraph', 'outcome'],
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
      }),
      errors: new Counter({
        name: 'careergraph_subgraph_fetch_errors_total',
        help: 'Subgraph fetches that got no answer (timeout or unavailable), by subgraph.',
        labelNames: ['subgraph', 'reason'],
        registers: [this.registry],
      }),
    };
    this.subgraphFetch.duration.observe({ subgraph, outcome: error ?? 'ok' }, seconds);
    if (error) this.subgraphFetch.errors.inc({ subgraph, reason: error });
  }

  /** Reports the database pool's connections at every scrape. */
  trackPool(read: () => PoolUsage | undefined): void {
    new Gauge({
      name: 'careergraph_db_pool_connections',
      help: 'Connections of the service database pool: total open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const usage = read();
        if (!usage) return;
        this.set({ state: 'total' }, usage.total);
        this.set({ state: 'idle' }, usage.idle);
        this.set({ state: 'waiting' }, usage.waiting);
      },
    });
  }

  /** The Prometheus text of the process's series and this service's. */
  async exposition(): Promise<string> {
    return (await processMetrics().metrics()) + (await this.registry.metrics());
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * `GET /metrics`. With a token (METRICS_TOKEN) a scraper must send it as a bearer token; without
 * one the route is open, for a port that only the internal network reaches (README, "Observability").
 */
export function mountMetricsRoute(app: express.Express, metrics: ServiceMetrics, token: string | undefined): void {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  app.get('/metrics', async (req, res) => {
    if (expected) {
      const sent = Buffer.from(req.headers.authorization ?? '');
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
        res.setHeader('www-authenticate', 'Bearer').status(401).type('text/plain').send('metrics need "Authorization: Bearer <METRICS_TOKEN>"\n');
        return;
      }
    }
    res.type(metrics.contentType).send(await metrics.exposition());
  });
}
