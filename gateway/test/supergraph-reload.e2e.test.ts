import { copyFile, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type GraphQLHttpService, repoRoot } from '@careergraph/kit';
import pino from 'pino';
import { loadGatewayConfig } from '../src/config';
import { buildGateway, type GatewayContext } from '../src/server';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * A department's rollout without a gateway restart: the gateway serves a copy of the committed
 * supergraph, the copy changes under it, and the API follows; a file that is not a valid supergraph
 * (or names a subgraph the gateway cannot reach) is refused, logged, and the one in service stays.
 */
let supergraph: RunningSupergraph;
let gateway: GraphQLHttpService<GatewayContext>;
let gatewayUrl: string;
let folder: string;
let file: string;
let committed: string;
const records: { msg: string; err?: { message?: string } }[] = [];

const QUERY = '{ credentials(first: 1) { totalCount } students(first: 1) { totalCount } }';

beforeAll(async () => {
  supergraph = await startSupergraph();
  folder = await mkdtemp(path.join(os.tmpdir(), 'careergraph-supergraph-'));
  file = path.join(folder, 'supergraph.graphql');
  await copyFile(path.join(repoRoot, 'schema/supergraph.graphql'), file);
  committed = await readFile(file, 'utf8');
  const config = loadGatewayConfig({
    NODE_ENV: 'test',
    SUPERGRAPH_PATH: file,
    SUPERGRAPH_POLL_MS: '200',
    ...Object.fromEntries(Object.entries(supergraph.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
  });
  const { developmentKeyDir: _ownKey, ...auth } = config.auth;
  const logger = pino({ level: 'info' }, { write: (line: string) => void records.push(JSON.parse(line)) });
  gateway = buildGateway({
    config: { ...config, rateLimit: { ...config.rateLimit, points: 1_000_000 } },
    clientTokens: { ...auth, developmentKey: supergraph.developmentKey },
    logger,
  });
  gatewayUrl = await gateway.listen('127.0.0.1', 0);
});

afterAll(async () => {
  await gateway?.stop();
  await supergraph?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const ask = async () =>
  supergraph.request<Record<string, { totalCount: number }>, Record<string, never>>(QUERY, {}, gatewayUrl, {
    authorization: `Bearer ${await supergraph.token({ role: 'DISTRICT_ADMIN' })}`,
  });

/** Publishes `sdl` as a deployment should: written beside the file, then renamed over it in one step. */
async function publish(sdl: string): Promise<void> {
  await writeFile(`${file}.next`, sdl);
  await rename(`${file}.next`, file);
}

/** Polls `probe` until it holds, for up to 15 s (the watch usually answers within milliseconds). */
async function eventually(probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`the gateway did not take up the change within 15 s; its log:\n${records.map((record) => JSON.stringify(record)).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('takes up a new supergraph without a restart, refuses an invalid one and keeps serving the last good one', async () => {
  const first = await ask();
  expect(first.errors).toBeUndefined();
  expect(first.data).toEqual({ credentials: { totalCount: 0 }, students: { totalCount: 0 } });

  // The credentials department withdraws its root field: the published supergraph loses it.
  const withoutField = committed.replace(/^ {2}"""[^\n]*"""\n {2}credentials\(.*\n/m, '');
  expect(withoutField).not.toEqual(committed);
  await publish(withoutField);
  await eventually(async () => (await ask()).errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  expect((await ask()).errors?.[0]?.message).toMatch(/^Cannot query field "credentials" on type "Query"\./);
  expect(records.filter((record) => record.msg === 'supergraph reloaded')).toHaveLength(1);

  // Not a supergraph at all: refused, logged once, and the last good one still answers.
  await publish('type Query {');
  await eventually(async () => records.some((record) => record.msg === 'new supergraph refused; keeping the supergraph in service'));
  // A valid supergraph naming a subgraph this gateway has no URL for: refused before Apollo swaps it in.
  await publish(committed.replace(/STUDENTS @join__graph\(name: "students"/, 'STUDENTS @join__graph(name: "learners"'));
  await eventually(async () => records.filter((record) => record.msg === 'new supergraph refused; keeping the supergraph in service').length === 2);
  const refusals = records.filter((record) => record.msg === 'new supergraph refused; keeping the supergraph in service');
  expect(refusals[1].err?.message).toBe('the supergraph names subgraphs with no URL configured: learners (set LEARNERS_URL)');
  const kept = await ask();
  expect(kept.errors?.[0]?.message).toMatch(/^Cannot query field "credentials" on type "Query"\./);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(records.filter((record) => record.msg === 'new supergraph refused; keeping the supergraph in service')).toHaveLength(2);

  // The department's field is back once the supergraph that has it is published again.
  await publish(committed);
  await eventually(async () => (await ask()).errors === undefined);
  expect((await ask()).data).toEqual({ credentials: { totalCount: 0 }, students: { totalCount: 0 } });
  expect(records.filter((record) => record.msg === 'supergraph reloaded')).toHaveLength(2);
});
