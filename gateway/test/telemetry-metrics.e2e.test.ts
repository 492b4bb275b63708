import { Writable } from 'node:stream';
import { EnvReader } from '@careergraph/kit';
import pino from 'pino';
import { readHardeningConfig } from '../src/hardening';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph();
});

afterAll(async () => {
  await supergraph?.stop();
});

async function scrape(graphqlUrl: string): Promise<string> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one series, found by its name and exact label set. */
function sample(exposition: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort()
    .join(',');
  for (const line of exposition.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    if (match[2].split(',').sort().join(',') === wanted) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts the gateway requests by operation and outcome, its subgraph fetches, and the process series', async () => {
    const named = await supergraph.request('query MetricsSchools { schools(first: 1) { edges { node { id } } } }');
    expect(named.errors).toBeUndefined();
    await supergraph.request('{ schools(first: 1) { edges { node { id } } } }');
    // A validation error is the outcome of a request refused before execution.
    await supergraph.request('query MetricsBroken { noSuchField }');

    const text = await scrape(supergraph.gatewayUrl);
    const requests = (operation: string, outcome: string) =>
      sample(text, 'careergraph_graphql_requests_total', { service: 'gateway', operation, outcome });
    expect(requests('MetricsSchools', 'ok')).toBe(1);
    expect(requests('anonymous', 'ok')).toBeGreaterThanOrEqual(1);
    // Refused before its operation was resolved: no name is taken from an invalid document.
    expect(requests('unresolved', 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(
      sample(text, 'careergraph_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'MetricsSchools', outcome: 'ok' }),
    ).toBe(1);
    expect(sample(text, 'careergraph_subgraph_fetch_duration_seconds_count', { service: 'gateway', subgraph: 'students', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(sample(text, 'careergraph_rate_limit_refusals_total', { service: 'gateway' })).toBe(0);
  });

  it("counts a subgraph's requests and reports its database pool", async () => {
    await supergraph.request('query MetricsSchoolsAgain { schools(first: 1) { edges { node { id } } } }');
    const text = await scrape(supergraph.subgraphUrls.students);
    // The gateway names its fetch after the client's operation, the subgraph and the fetch's place in the plan.
    expect(sample(text, 'careergraph_graphql_requests_total', { service: 'students', operation: 'MetricsSchoolsAgain__students__0', outcome: 'ok' })).toBe(1);
    const total = sample(text, 'careergraph_db_pool_connections', { service: 'students', state: 'total' });
    const idle = sample(text, 'careergraph_db_pool_connections', { service: 'students', state: 'idle' });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(idle).toBeLessThanOrEqual(total!);
    expect(sample(text, 'careergraph_db_pool_connections', { service: 'students', state: 'waiting' })).toBe(0);
  });
});

describe('refused requests', () => {
  it('log one line each with the request id and the reason, for a 401 and a 429', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const defaults = readHardeningConfig(new EnvReader({}));
    const url = await supergraph.startGateway({
      logger: pino({ level: 'info', base: { service: 'gateway' } }, sink),
      hardening: { rateLimit: { ...defaults.rateLimit, points: 1, keyPrefix: `metrics-test-${process.pid}` } },
    });
    const post = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ schools(first: 1) { edges { node { id } } } }' }) });
    const refusals = () => lines.filter((line) => line.msg === 'request refused');

    const unauthenticated = await post({ 'x-request-id': 'refusal-401-test' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('x-request-id')).toBe('refusal-401-test');

    const authorization = `Bearer ${await supergraph.token({ role: 'DISTRICT_ADMIN', subject: 'metrics-rate-test' })}`;
    expect((await post({ authorization, 'x-request-id': 'refusal-ok-test' })).status).toBe(200);
    const limited = await post({ authorization, 'x-request-id': 'refusal-429-test' });
    expect(limited.status).toBe(429);

    expect(refusals()).toEqual([
      expect.objectContaining({ service: 'gateway', level: 40 /* warn */, requestId: 'refusal-401-test', status: 401, code: 'UNAUTHENTICATED', reason: expect.stringContaining('Authorization') }),
      expect.objectContaining({ requestId: 'refusal-429-test', status: 429, code: 'RATE_LIMITED', reason: expect.stringMatching(/too many requests/) }),
    ]);
    // A request without an id gets one, in its answer's header and its log line alike.
    const anonymous = await post({});
    const generated = anonymous.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(refusals().at(-1)).toMatchObject({ requestId: generated, status: 401 });

    const text = await scrape(url);
    expect(sample(text, 'careergraph_rate_limit_refusals_total', { service: 'gateway' })).toBe(1);
    expect(sample(text, 'careergraph_graphql_requests_total', { service: 'gateway', operation: 'unresolved', outcome: 'RATE_LIMITED' })).toBe(1);
    expect(sample(text, 'careergraph_graphql_requests_total', { service: 'gateway', operation: 'unresolved', outcome: 'UNAUTHENTICATED' })).toBe(2);
  });
});
