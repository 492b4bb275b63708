/**
 * `npm run bench [-- --duration 10 --connections 8 --workers 2 --operations a,b --database-url URL
 *   --demo-database-url URL --no-hive --no-demo]`
 *
 * Against PostgreSQL holding the district dataset (seeded first when the database is empty;
 * database `careergraph_bench` by default, or BENCH_DATABASE_URL / --database-url), starts the four
 * subgraphs, our gateway and Hive Gateway on 127.0.0.1 as child processes (each gateway with the
 * same number of worker processes, one per core by default), and for each operation of
 * operations.ts prints requests/s and p50/p95/p99 latency through each gateway (loaded in the
 * order ours, Hive, Hive, ours), our/their throughput ratio, each gateway's own CPU per answer,
 * the SQL statements it sends, EXPLAIN ANALYZE summaries of those statements
 * (flagging sequential scans of large tables) and the latency of the same answer in hand-written SQL.
 * Then it runs the same operations through our gateway on the demo-scale dataset (database
 * `careergraph_bench_demo`, seeded when empty) and prints the district/demo p95 ratio.
 * Results go to benchmarks/results/latest.json and latest.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type LoggedStatement, repoRoot, SERVER_SESSION_OPTIONS, SQL_COUNT_HEADER, SQL_LOG_HEADER, SUBGRAPHS } from '@careergraph/kit';
import { explainStatements, type PlanSummary } from './explain';
import { type Fixtures, pickFixtures } from './fixtures';
import { type BenchOperation, OPERATIONS } from './operations';
import { type Child, cpuMsOf, startChild, stopChildren, tsEntry, waitUntilIdle } from './processes';
import { type LoadResult, type LoadWindow, pairRatios, percentile, summarize } from './load-windows';
import { createRequestHeaders } from './request-headers';

interface Options {
  databaseUrl: string;
  duration: number;
  connections: number;
  portBase: number;
  operations: string[] | null;
  demoDatabaseUrl: string;
  workers: number;
  hive: boolean;
  demo: boolean;
  floorRuns: number;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${flag} must be a positive number, got "${raw}"`);
    return parsed;
  };
  return {
    databaseUrl: value('--database-url') ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/careergraph_bench',
    duration: number('--duration', 10),
    connections: number('--connections', 8),
    portBase: number('--port-base', 4100),
    operations: value('--operations')?.split(',') ?? null,
    demoDatabaseUrl: value('--demo-database-url') ?? process.env.BENCH_DEMO_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/careergraph_bench_demo',
    workers: number('--workers', os.availableParallelism()),
    hive: !argv.includes('--no-hive'),
    demo: !argv.includes('--no-demo'),
    floorRuns: number('--floor-runs', 200),
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

let headers: Record<string, string> = {};
const requestHeaders = () => headers;

/** Creates the database when missing and seeds the dataset of `scale` when it holds no students. */
async function ensureDataset(databaseUrl: string, scale: 'district' | 'demo'): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const seeded = await client
    .query(`SELECT EXISTS (SELECT 1 FROM students.students) AND EXISTS (SELECT 1 FROM credentials.credential_awards) AS seeded`)
    .then((r) => Boolean(r.rows[0].seeded), () => false);
  await client.end();
  if (seeded) return;
  log(`seeding the ${scale} dataset into ${name}${scale === 'district' ? ' (a few minutes)' : ''}...`);
  const seed = spawnSync('npm', ['run', 'seed', '--', '--scale', scale], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (seed.status !== 0) throw new Error(`seeding the ${scale} dataset failed`);
}

/** The four subgraphs, our gateway and Hive Gateway, each its own process on the bench's ports. */
async function startServers(options: Options, databaseUrl: string, withHive: boolean) {
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, `http://127.0.0.1:${options.portBase + 1 + i}/graphql`]));
  const urlEnv = Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', ...urlEnv };
  const workers = { GATEWAY_WORKERS: String(options.workers) };
  await Promise.all(
    SUBGRAPHS.map(({ name }, i) =>
      startChild(name, tsEntry(`services/${name}/src/index.ts`), { ...common, [`${name.toUpperCase()}_PORT`]: String(options.portBase + 1 + i) }, urls[name], new URL('/ready', urls[name]).toString()),
    ),
  );
  // One identity sends every request of a load test; the per-identity rate limit (600 a minute by
  // default, which Hive Gateway does not have) would answer most of them 429.
  const ours = await startChild('gateway', tsEntry('gateway/src/index.ts'), { ...common, ...workers, GATEWAY_PORT: String(options.portBase), RATE_LIMIT_POINTS: '1000000000' }, `http://127.0.0.1:${options.portBase}/graphql`, `http://127.0.0.1:${options.portBase}/ready`);
  const hivePort = options.portBase + 10;
  const hive = withHive
    ? await startChild(
        'hive-gateway',
        tsEntry('benchmarks/src/hive-gateway.ts', [path.join(repoRoot, 'schema/supergraph.graphql'), '127.0.0.1', String(hivePort)]),
        { ...common, ...workers, NODE_ENV: 'production' },
        `http://127.0.0.1:${hivePort}/graphql`,
        `http://127.0.0.1:${hivePort}/readiness`,
      )
    : undefined;
  return { ours, hive };
}

async function post(url: string, operation: BenchOperation, fixtures: Fixtures, extra: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...requestHeaders(), ...extra },
    body: JSON.stringify({ query: operation.query, variables: operation.variables(fixtures) }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[]; extensions?: Record<string, unknown> };
  if (body.errors?.length) throw new Error(`${operation.name} failed at ${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body;
}

/** How long a window lasts: a number of seconds, or until a number of requests are answered. */
type WindowSize = { seconds: number } | { requests: number };

/**
 * One measured window of an operation: half the run's duration (each gateway gets two), or for a
 * slow operation its own number of requests.
 */
function measuredWindow(operation: BenchOperation, options: Options): WindowSize {
  return operation.loadRequests ? { requests: operation.loadRequests } : { seconds: options.duration / 2 };
}

/** autocannon against one gateway for one window, with the CPU the gateway's processes spent meanwhile. */
async function loadWindow(gateway: Child, operation: BenchOperation, fixtures: Fixtures, size: WindowSize, options: Options): Promise<LoadWindow> {
  const latencies: number[] = [];
  const cpuBefore = cpuMsOf(gateway);
  const startedAt = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: gateway.url,
        method: 'POST',
        headers: requestHeaders(),
        body: JSON.stringify({ query: operation.query, variables: operation.variables(fixtures) }),
        connections: options.connections,
        ...('seconds' in size ? { duration: size.seconds } : { amount: size.requests }),
        // The district metrics take seconds; the default 10 s would count slow answers as errors.
        timeout: 60,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    // Only answered requests count: a refusal (429, 5xx) is fast and would flatter the figure.
    answered: result['2xx'],
    seconds: 'seconds' in size ? size.seconds : Number(process.hrtime.bigint() - startedAt) / 1e9,
    latencies,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    gatewayCpuMs: cpuMsOf(gateway) - cpuBefore,
  };
}

/**
 * A warm-up window per gateway, so that none pays for its first plans and JIT inside a measured one:
 * 2 s, or for a slow operation one request per connection answered in full (a 2 s window closed
 * before its first answers, so each gateway worker compiled and planned in the measured window).
 */
function warmUpWindow(operation: BenchOperation, options: Options): WindowSize {
  return operation.loadRequests ? { requests: options.connections } : { seconds: 2 };
}

/**
 * One operation through each gateway: a warm-up, then the measured windows, each after the servers
 * finished whatever came before: two for ours alone; with Hive Gateway, in the order ours, Hive,
 * Hive, ours: a drift in the machine's speed during the operation (a noisy neighbour on this VM)
 * then weighs on both alike instead of on whichever ran second.
 */
async function loadInOrder(gateways: { ours: Child; hive?: Child }, operation: BenchOperation, fixtures: Fixtures, options: Options) {
  for (const gateway of [gateways.ours, gateways.hive]) if (gateway) await loadWindow(gateway, operation, fixtures, warmUpWindow(operation, options), options);
  const order = gateways.hive ? (['ours', 'hive', 'hive', 'ours'] as const) : (['ours', 'ours'] as const);
  const windows: { ours: LoadWindow[]; hive?: LoadWindow[] } = { ours: [] };
  for (const who of order) {
    await waitUntilIdle();
    (windows[who] ??= []).push(await loadWindow(gateways[who]!, operation, fixtures, measuredWindow(operation, options), options));
  }
  return windows;
}

/**
 * One client alone: requests one after another (after the load's warm-up), so the latency is the
 * operation's own, without queueing behind the other clients. Five requests, or three for an
 * operation slower than a second. Load numbers hide a slow operation's latency: autocannon drops the
 * requests still in flight when its window closes, so only the faster ones are counted.
 */
async function aloneP50(url: string, operation: BenchOperation, fixtures: Fixtures): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    await post(url, operation, fixtures);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (i === 2 && times[0] > 1000) break;
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

/** The hand-written SQL's latency, run back to back on one connection after a warm-up. */
async function floor(client: pg.Client, operation: BenchOperation, fixtures: Fixtures, runs: number) {
  const parameters = operation.floor.parameters(fixtures);
  for (let i = 0; i < 10; i++) await client.query(operation.floor.sql, parameters);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await client.query(operation.floor.sql, parameters);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

interface OperationResult {
  name: string;
  sqlStatements: number;
  ours: LoadResult;
  hive?: LoadResult;
  ratio?: number;
  /** ours/Hive in each adjacent pair of windows (ours, Hive) and (Hive, ours). */
  pairRatios?: number[];
  /** p50 of one client's requests one after another, ms. */
  singleClient: { ours: number; hive?: number };
  floorMs: { p50: number; p95: number; p99: number };
  plans: PlanSummary[];
  /** Our gateway on the demo-scale dataset, and district p95 over demo p95. */
  demo?: LoadResult;
  districtOverDemoP95?: number;
}

/** A figure for the table; '-' where there is none (no answer arrived in the window). */
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : '-');
/** Requests per second: two decimals below 10, where one would hide a slow operation's differences. */
const rate = (n: number) => round(n, n < 10 ? 2 : 1);

function markdown(results: OperationResult[], meta: Record<string, unknown>): string {
  const lines = [
    `Machine: ${meta.machine}. ${meta.connections} connections, ${meta.duration} s per operation per gateway in two windows` +
      Object.entries(meta.windowRequests as Record<string, number>).map(([name, requests]) => ` (${name}: two windows of ${requests} requests, each until all are answered)`).join('') +
      `${meta.hive ? ', in the order ours, Hive, Hive, ours' : ''}, ${meta.workers} worker process(es) per gateway; ${meta.dataset}.` +
      (meta.demoDataset ? ` Demo scale: ${meta.demoDataset}.` : ''),
    '',
    '| operation | SQL statements | ours req/s | ours p50 / p95 / p99 ms | Hive req/s | Hive p50 / p95 / p99 ms | ours/Hive (each pair) | gateway CPU ms per answer (ours / Hive) | failed (ours / Hive) | one client alone p50 ms (ours / Hive) | SQL floor p50 / p95 ms | demo-scale p95 ms | district/demo p95 |',
    '| --- | ---: | ---: | --- | ---: | --- | --- | --- | --- | --- | --- | ---: | ---: |',
  ];
  for (const r of results) {
    const h = r.hive;
    lines.push(
      `| ${r.name} | ${r.sqlStatements} | ${rate(r.ours.requestsPerSecond)} | ${round(r.ours.p50)} / ${round(r.ours.p95)} / ${round(r.ours.p99)} | ` +
        `${h ? rate(h.requestsPerSecond) : '-'} | ${h ? `${round(h.p50)} / ${round(h.p95)} / ${round(h.p99)}` : '-'} | ` +
        `${r.ratio ? round(r.ratio, 2) : '-'}${r.pairRatios?.length ? ` (${r.pairRatios.map((x) => round(x, 2)).join(', ')})` : ''} | ` +
        `${round(r.ours.gatewayCpuMsPerAnswer, 2)} / ${h ? round(h.gatewayCpuMsPerAnswer, 2) : '-'} | ` +
        `${r.ours.errors + r.ours.non2xx} / ${h ? h.errors + h.non2xx : '-'} | ` +
        `${round(r.singleClient.ours)} / ${r.singleClient.hive === undefined ? '-' : round(r.singleClient.hive)} | ` +
        `${round(r.floorMs.p50, 2)} / ${round(r.floorMs.p95, 2)} | ` +
        `${r.demo ? round(r.demo.p95) : '-'} | ${r.districtOverDemoP95 ? round(r.districtOverDemoP95, 2) : '-'} |`,
    );
  }
  lines.push('', 'Plans of the statements each operation sends (EXPLAIN ANALYZE):', '');
  for (const r of results) {
    const seq = r.plans.flatMap((p) => p.seqScansOnLargeTables);
    lines.push(`- **${r.name}**: ${seq.length ? `SEQ SCAN ON LARGE TABLES: ${[...new Set(seq)].join(', ')}` : 'index scans only on large tables'}`);
    for (const plan of r.plans) lines.push(`  - ${round(plan.executionMs, 2)} ms: ${[...new Set(plan.scans)].join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "360,000 enrolled and 205,716 graduated students, 81,197 placements, 1,574,580 time entries" */
async function describeDataset(client: pg.Client): Promise<string> {
  const counts = await client.query(`SELECT
    (SELECT count(*) FROM students.students WHERE enrollment_status = 'ENROLLED')::int AS enrolled,
    (SELECT count(*) FROM students.students WHERE enrollment_status = 'GRADUATED')::int AS graduated,
    (SELECT count(*) FROM placements.placements)::int AS placements, (SELECT count(*) FROM placements.time_entries)::int AS time_entries`);
  const n = (value: number) => value.toLocaleString('en-US');
  const { enrolled, graduated, placements, time_entries: timeEntries } = counts.rows[0];
  const students = graduated > 0 ? `${n(enrolled)} enrolled and ${n(graduated)} graduated students` : `${n(enrolled)} students`;
  return `${students}, ${n(placements)} placements, ${n(timeEntries)} time entries`;
}

/** Each operation through our gateway on the demo-scale dataset, for the district/demo latency ratio. */
async function measureDemoScale(options: Options, operations: BenchOperation[], results: OperationResult[]): Promise<string> {
  await ensureDataset(options.demoDatabaseUrl, 'demo');
  const client = new pg.Client({ connectionString: options.demoDatabaseUrl, options: SERVER_SESSION_OPTIONS });
  await client.connect();
  try {
    const fixtures = await pickFixtures(client);
    const dataset = await describeDataset(client);
    log(`demo scale: ${dataset}; starting servers...`);
    const servers = await startServers(options, options.demoDatabaseUrl, false);
    for (const operation of operations) {
      await post(servers.ours.url, operation, fixtures);
      log(`${operation.name}: loading our gateway at demo scale...`);
      const demo = summarize((await loadInOrder(servers, operation, fixtures, options)).ours);
      await waitUntilIdle();
      const result = results.find((r) => r.name === operation.name)!;
      result.demo = demo;
      result.districtOverDemoP95 = result.ours.p95 / demo.p95;
    }
    return dataset;
  } finally {
    await client.end();
    await stopChildren();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const operations = OPERATIONS.filter((op) => !options.operations || options.operations.includes(op.name));
  await ensureDataset(options.databaseUrl, 'district');
  headers = await createRequestHeaders();
  const client = new pg.Client({ connectionString: options.databaseUrl, options: SERVER_SESSION_OPTIONS });
  await client.connect();
  try {
    const fixtures = await pickFixtures(client);
    const dataset = await describeDataset(client);
    log(`dataset: ${dataset}; starting servers...`);
    const servers = await startServers(options, options.databaseUrl, options.hive);
    const results: OperationResult[] = [];
    for (const operation of operations) {
      const answer = await post(servers.ours.url, operation, fixtures, { [SQL_COUNT_HEADER]: '1', [SQL_LOG_HEADER]: '1' });
      if (servers.hive) {
        const theirs = await post(servers.hive.url, operation, fixtures);
        if (JSON.stringify(theirs.data) !== JSON.stringify(answer.data)) log(`warning: ${operation.name} answers differ between the gateways`);
      }
      const plans = await explainStatements(client, (answer.extensions?.sqlLog ?? []) as LoggedStatement[]);
      log(`${operation.name}: ${answer.extensions?.sqlStatements} SQL statements; loading ${servers.hive ? 'both gateways' : 'our gateway'}...`);
      const windows = await loadInOrder(servers, operation, fixtures, options);
      const ours = summarize(windows.ours);
      const hive = windows.hive && summarize(windows.hive);
      await waitUntilIdle();
      const singleClient: OperationResult['singleClient'] = { ours: await aloneP50(servers.ours.url, operation, fixtures) };
      if (servers.hive) singleClient.hive = await aloneP50(servers.hive.url, operation, fixtures);
      results.push({
        name: operation.name,
        sqlStatements: Number(answer.extensions?.sqlStatements),
        ours,
        hive,
        // No ratio when either gateway answered nothing in the window: nothing to compare.
        ratio: hive && hive.requestsPerSecond > 0 && ours.requestsPerSecond > 0 ? ours.requestsPerSecond / hive.requestsPerSecond : undefined,
        // How far one pair of windows can stray from the whole.
        pairRatios: windows.hive && pairRatios(windows.ours, windows.hive),
        singleClient,
        floorMs: await floor(client, operation, fixtures, options.floorRuns),
        plans,
      });
    }
    await stopChildren();
    const demoDataset = options.demo ? await measureDemoScale(options, operations, results) : undefined;
    const meta = {
      ranAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${(await client.query('SHOW server_version')).rows[0].server_version.split(' ')[0]} PostgreSQL`,
      connections: options.connections,
      duration: options.duration,
      windowRequests: Object.fromEntries(operations.filter((op) => op.loadRequests).map((op) => [op.name, op.loadRequests])),
      workers: options.workers,
      hive: options.hive,
      dataset,
      demoDataset,
      fixtures,
    };
    const table = markdown(results, meta);
    process.stdout.write(table);
    const dir = path.join(repoRoot, 'benchmarks/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
    writeFileSync(path.join(dir, 'latest.md'), table);
    const seq = results.filter((r) => r.plans.some((p) => p.seqScansOnLargeTables.length > 0));
    if (seq.length) log(`sequential scans on large tables in: ${seq.map((r) => r.name).join(', ')}`);
  } finally {
    await client.end();
    await stopChildren();
  }
}

main().catch(async (error) => {
  log(`bench failed: ${(error as Error).stack ?? error}`);
  await stopChildren();
  process.exit(1);
});
