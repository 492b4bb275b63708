import { StudentFullViewDocument } from '@careergraph/client';
import { installTracing, SERVICE_ATTRIBUTE, type Tracing } from '@careergraph/kit';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { studentWithHoursAndCredit } from './support/demo-students';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

const SUBGRAPHS = ['students', 'partners', 'placements', 'credentials'];
const PG_SCOPE = '@opentelemetry/instrumentation-pg';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let supergraph: RunningSupergraph;

beforeAll(async () => {
  // Installed before the subgraphs open their pools, as a process does at boot.
  tracing = installTracing({ serviceName: 'careergraph-e2e', exporter });
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
  await tracing?.shutdown();
});

/** The spans from `span` up to its trace's root (as far as this process recorded them). */
function ancestry(span: ReadableSpan, byId: Map<string, ReadableSpan>): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let current: ReadableSpan | undefined = span; current; current = byId.get(current.parentSpanContext?.spanId ?? '')) {
    chain.push(current);
  }
  return chain;
}

describe('one trace across the graph', () => {
  it("follows a student's full view from the gateway through all four subgraphs to their SQL", async () => {
    const studentId = await studentWithHoursAndCredit(supergraph);
    expect(studentId).toBeDefined();
    exporter.reset();

    const result = await supergraph.request(StudentFullViewDocument, { id: studentId! });
    expect(result.errors).toBeUndefined();
    // The gateway's server span ends as its answer is flushed, just after the client has it.
    const gatewaySpan = () => exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && s.attributes[SERVICE_ATTRIBUTE] === 'gateway');
    for (let wait = 0; !gatewaySpan() && wait < 50; wait++) await new Promise((resolve) => setTimeout(resolve, 20));

    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const root = gatewaySpan()!;
    expect(root).toBeDefined();
    expect(root.name).toBe('query StudentFullView');
    expect(root.parentSpanContext).toBeUndefined();
    // One trace: every span of the request, in every process part, shares the gateway's trace id.
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([root.spanContext().traceId]));

    // Apollo Gateway's own spans (plan, fetch) sit under the gateway's request span.
    const apolloSpans = spans.filter((span) => span.instrumentationScope.name === 'apollo/gateway-js');
    expect(apolloSpans.map((span) => span.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));

    for (const subgraph of SUBGRAPHS) {
      const serverSpans = spans.filter((span) => span.kind === SpanKind.SERVER && span.attributes[SERVICE_ATTRIBUTE] === subgraph);
      expect({ subgraph, served: serverSpans.length > 0 }).toEqual({ subgraph, served: true });
      for (const span of serverSpans) {
        // Continued from the caller's traceparent: a gateway fetch, or another subgraph's lookup.
        const parent = byId.get(span.parentSpanContext!.spanId)!;
        expect(parent.kind === SpanKind.CLIENT || parent.name === 'gateway.fetch').toBe(true);
        expect(ancestry(span, byId).at(-1)).toBe(root);
      }
      // Its SQL: pg spans whose nearest server span is this subgraph's.
      const statements = spans.filter(
        (span) =>
          span.instrumentationScope.name === PG_SCOPE &&
          span.name.startsWith('pg.query') &&
          ancestry(span, byId).find((ancestor) => ancestor.kind === SpanKind.SERVER)?.attributes[SERVICE_ATTRIBUTE] === subgraph,
      );
      expect({ subgraph, statements: statements.length > 0 }).toEqual({ subgraph, statements: true });
      for (const statement of statements) expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*SELECT/i);
    }
  });
});
