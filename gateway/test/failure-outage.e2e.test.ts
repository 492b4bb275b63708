import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_SIGNING_SECRET, SUBGRAPHS } from '@careergraph/kit';
import { postRaw } from './support/http-answer';
import { spawnService, type SpawnedService } from './support/spawned-service';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * A subgraph that stops answering (SIGSTOP: its process is alive, its socket open, nothing
 * answers) costs only its own fields, within the gateway's deadline, and leaves the gateway ready
 * (issue 14, items 2 and 7). The partners subgraph runs as its own process, as in production.
 */
// Long enough for a cold subgraph on a loaded CI machine to answer the healthy requests in time.
const TIMEOUT_MS = 4000;
const dataDir = mkdtempSync(path.join(tmpdir(), 'careergraph-outage-'));
let supergraph: RunningSupergraph;
let partners: SpawnedService;
let gateway: string;

beforeAll(async () => {
  supergraph = await startSupergraph();
  partners = spawnService('services/partners/src/index.ts', { DATA_DIR: dataDir, PARTNERS_PORT: '0', SEED_DEMO: 'false' });
  await partners.logged('subgraph listening');
  const partnersUrl = partners.lines.find((line) => line.msg === 'subgraph listening')!.url!;
  gateway = await supergraph.startGateway({
    production: true,
    signingSecrets: [DEVELOPMENT_SIGNING_SECRET],
    subgraphUrls: { ...supergraph.subgraphUrls, partners: partnersUrl },
    subgraphTimeoutMs: TIMEOUT_MS,
  });
});

afterAll(async () => {
  if (partners) {
    partners.process.kill('SIGCONT');
    partners.process.kill('SIGKILL');
    await partners.exited;
  }
  await supergraph?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A partner (partners subgraph) beside the schools' count (students subgraph), fetched in parallel. */
const QUERY = 'query($id: ID!) { partner(id: $id) { name } schools(first: 1) { totalCount } }';

async function ask() {
  const token = await supergraph.token({ role: 'DISTRICT_ADMIN' });
  const started = Date.now();
  const answer = await postRaw(gateway, { query: QUERY, variables: { id: randomUUID() } }, { authorization: `Bearer ${token}`, 'x-request-id': 'req-stopped' });
  return { answer, elapsedMs: Date.now() - started };
}

const everySubgraph = (status: string) => Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, status]));

async function readiness() {
  const response = await fetch(new URL('/ready', gateway));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

it("answers the other subgraphs' data and SERVICE_UNAVAILABLE at the stopped one's path, within the deadline; stays ready", async () => {
  const healthy = await ask();
  expect(healthy.answer.body).toEqual({ data: { partner: null, schools: { totalCount: 0 } } });
  expect(await readiness()).toEqual({
    status: 200,
    body: { status: 'ready', service: 'gateway', subgraphs: everySubgraph('ready') },
  });

  partners.process.kill('SIGSTOP');
  try {
    const { answer, elapsedMs } = await ask();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { partner: null, schools: { totalCount: 0 } },
      errors: [
        {
          message: `the partners service did not answer within ${TIMEOUT_MS} ms`,
          path: ['partner'],
          extensions: { code: 'SERVICE_UNAVAILABLE', timeoutMs: TIMEOUT_MS, serviceName: 'partners', requestId: 'req-stopped' },
        },
      ],
    });
    expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + 2_000);

    // One department down is not the whole API down: still 200, with the department named.
    const ready = await readiness();
    expect(ready).toEqual({
      status: 200,
      body: { status: 'degraded', service: 'gateway', subgraphs: { ...everySubgraph('ready'), partners: 'unavailable' } },
    });
  } finally {
    partners.process.kill('SIGCONT');
  }

  // Once it answers again, so does the gateway, with nothing left over from the outage.
  expect((await ask()).answer.body).toEqual({ data: { partner: null, schools: { totalCount: 0 } } });
}, 60_000);
