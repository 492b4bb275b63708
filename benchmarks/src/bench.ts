/**
 * `npm run bench [-- --duration 10 --connections 8 --workers 2 --operations a,b --database-url URL
 *   --demo-database-url URL --no-hive --no-hive-rust --no-demo --tsx --cpu-prof DIR]`
 * `npm run bench -- --ab <configuration A> <configuration B> [--rounds 6 …]`, or `--aa [configuration]`:
 *   see runComparison.
 *
 * Against PostgreSQL holding the district dataset (seeded first when the database is empty;
 * database `careergraph_bench` by default, or BENCH_DATABASE_URL / --database-url), starts the four
 * subgraphs, our gateway, Hive Gateway and Hive Gateway with the Rust query planner on 127.0.0.1 as
 * child processes (each gateway with the same number of worker processes, one per core by default;
 * every process compiled by `npm run build` and run by plain `node`, as in production, or with --tsx
 * from its TypeScript),
 * and for each operation of operations.ts prints requests/s and p50/p95/p99 latency through each
 * gateway (loaded in the order ours, Hive, Hive Rust, Hive Rust, Hive, ours), our/their throughput
 * ratio, the CPU per answer of every process (the gateway's, each subgraph's, PostgreSQL's backends')
 * and their sum, the SQL statements it sends, EXPLAIN ANALYZE summaries of those statements
 * (flagging sequential scans of large tables) and the latency of the same answer in hand-written SQL.
 * Then it runs the same operations through our gateway on the demo-scale dataset (database
 * `careergraph_bench_demo`, seeded when empty) and prints the district/demo p95 ratio.
 * Results go to benchmarks/results/latest.json and latest.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type LoggedStatement, repoRoot, SERVER_SESSION_OPTIONS, SQL_COUNT_HEADER, SQL_LOG_HEADER, SUBGRAPHS } from '@careergraph/kit';
import { parseEnvFile } from '@careergraph/stack/src/compose-file';
import { explainStatements, type PlanSummary } from './explain';
import { type Fixtures, pickFixtures } from './fixtures';
import { type BenchOperation, OPERATIONS } from './operations';
import { buildCompiled, type Child, cpuMsOf, entryArgs, type Runtime, startChild, stopChildren, waitUntilIdle } from './processes';
import { type LoadResult, type LoadWindow, pairRatios, percentile, summarize } from './load-windows';
import { type Configuration, type PairedResult, pairedResult, parseComparison } from './ab';
import { type CpuByProcess, cpuDelta, POSTGRES, watchBackends } from './process-cpu';
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
  hiveRust: boolean;
  demo: boolean;
  floorRuns: number;
  rounds: number;
  runtime: Runtime;
  /** Node flags every process started gets before its entry point (`--cpu-prof DIR`: a CPU profile of each, written when it stops). */
  nodeFlags: string[];
  comparison?: { a: Configuration; b: Configuration; aa: boolean };
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
    hiveRust: !argv.includes('--no-hive-rust'),
    demo: !argv.includes('--no-demo'),
    floorRuns: number('--floor-runs', 200),
    rounds: number('--rounds', 6),
    runtime: argv.includes('--tsx') ? 'tsx' : 'compiled',
    nodeFlags: value('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(value('--cpu-prof')!)}`] : [],
    comparison: parseComparison(argv),
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

/** The gateways a stack can run: ours, Hive Gateway, and Hive Gateway with the Rust query planner. */
export type GatewayName = 'ours' | 'hive' | 'hiveRust';
const GATEWAY_LABELS: Record<GatewayName, string> = { ours: 'ours', hive: 'Hive', hiveRust: 'Hive Rust' };

/** The source trees compiled in this run, each once. */
const built = new Set<string>();

/** The processes of one stack: the four subgraphs, and the gateways in front of them. */
interface Stack {
  subgraphs: { name: string; child: Child }[];
  gateways: Partial<Record<GatewayName, Child>>;
}

/**
 * How a stack runs: `production` for every measurement, as the image runs (graphql-js without its
 * development checks, no development-only plugins), with .env.example's settings (the compose
 * stack's: a signing secret, the public half of deploy/development-auth's token key, badge keys,
 * mail); `development` only to read each operation's SQL statements, which production never tells.
 */
type Mode = 'production' | 'development';

/** The key the bench mints its token with, per mode: production's is the one .env.example's AUTH_PUBLIC_KEY verifies. */
const KEY_DIRS: Record<Mode, string> = { production: path.join(repoRoot, 'deploy/development-auth'), development: path.join(repoRoot, '.data') };

function modeEnvironment(mode: Mode, root: string): Record<string, string> {
  if (mode === 'development') return { NODE_ENV: 'development', DATA_DIR: path.join(root, '.data') };
  const { POSTGRES_PASSWORD: _password, SEED_DEMO: _seed, ...settings } = parseEnvFile(readFileSync(path.join(repoRoot, '.env.example'), 'utf8'));
  return { ...settings, NODE_ENV: 'production' };
}

/** Requests carry a token the stacks of `mode` accept from here on. */
async function useTokenFor(mode: Mode): Promise<void> {
  headers = await createRequestHeaders(KEY_DIRS[mode]);
}

/**
 * The four subgraphs and the chosen gateways, each its own process, on `portBase` (our gateway),
 * `portBase + 1…4` (subgraphs), `portBase + 10` (Hive Gateway) and `+ 11` (Hive Gateway, Rust
 * planner); `configuration` goes to every process's environment. `tag` prefixes the process names.
 */
async function startStack(options: Options, databaseUrl: string, gateways: GatewayName[], portBase = options.portBase, configuration: Configuration = {}, tag = '', mode: Mode = 'production'): Promise<Stack> {
  // An A/B of two versions of the code: a configuration's BENCH_SOURCE_TREE names a copy of the
  // repository (with its own node_modules) its subgraphs and our gateway run from; BENCH_RUNTIME
  // (compiled or tsx) how they run, the run's --tsx or compiled by default.
  const { BENCH_SOURCE_TREE: root = repoRoot, BENCH_RUNTIME: runtime = options.runtime, ...environment } = configuration;
  if (runtime !== 'compiled' && runtime !== 'tsx') throw new Error(`BENCH_RUNTIME must be compiled or tsx, got "${runtime}"`);
  if (runtime === 'compiled' && !built.has(root)) {
    log(`building ${root} (npm run build)...`);
    buildCompiled(root);
    built.add(root);
  }
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [name, `http://127.0.0.1:${portBase + 1 + i}/graphql`]));
  const urlEnv = Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  // Development's DATA_DIR: compiled, `repoRoot` is dist/, but the processes verify with the repository's .data key.
  const common = { ...modeEnvironment(mode, root), LOG_LEVEL: 'warn', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SEED_DEMO: 'false', ...environment, ...urlEnv };
  const workers = { GATEWAY_WORKERS: String(options.workers) };
  const subgraphs = await Promise.all(
    SUBGRAPHS.map(async ({ name }, i) => ({
      name,
      child: await startChild(`${tag}${name}`, [...options.nodeFlags, ...entryArgs(`services/${name}/src/index.ts`, runtime, root)], { ...common, [`${name.toUpperCase()}_PORT`]: String(portBase + 1 + i) }, urls[name], new URL('/ready', urls[name]).toString(), root),
    })),
  );
  const started: Stack['gateways'] = {};
  // One identity sends every request of a load test; the per-identity rate limit (600 a minute by
  // default, which Hive Gateway does not have) would answer most of them 429.
  if (gateways.includes('ours')) {
    started.ours = await startChild(`${tag}gateway`, [...options.nodeFlags, ...entryArgs('gateway/src/index.ts', runtime, root)], { ...common, ...workers, GATEWAY_PORT: String(portBase), RATE_LIMIT_POINTS: '1000000000' }, `http://127.0.0.1:${portBase}/graphql`, `http://127.0.0.1:${portBase}/ready`, root);
  }
  for (const [name, port, planner] of [['hive', portBase + 10, []], ['hiveRust', portBase + 11, ['rust']]] as const) {
    if (!gateways.includes(name)) continue;
    started[name] = await startChild(
      `${tag}${name === 'hive' ? 'hive-gateway' : 'hive-gateway-rust'}`,
      [...options.nodeFlags, ...entryArgs('benchmarks/src/hive-gateway.ts', options.runtime, repoRoot, [path.join(repoRoot, 'schema/supergraph.graphql'), '127.0.0.1', String(port), ...planner])],
      // Verifies tokens with the key production's are minted with (hive-gateway.ts reads DATA_DIR), signs with its SUBGRAPH_SIGNING_SECRETS.
      { ...common, ...workers, NODE_ENV: 'production', DATA_DIR: KEY_DIRS.production },
      `http://127.0.0.1:${port}/graphql`,
      `http://127.0.0.1:${port}/readiness`,
    );
  }
  return { subgraphs, gateways: started };
}

/** CPU ms so far of the gateway under load ("gateway") and of each subgraph. */
function stackCpuMs(stack: Stack, gateway: Child): CpuByProcess {
  return { gateway: cpuMsOf(gateway), ...Object.fromEntries(stack.subgraphs.map(({ name, child }) => [name, cpuMsOf(child)])) };
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

/**
 * autocannon against one gateway of `stack` for one window, with the CPU every process spent
 * meanwhile: the gateway's, each subgraph's, and PostgreSQL's backends' on the database `sampler`
 * (a connection of the bench's own) is connected to.
 */
async function loadWindow(stack: Stack, gateway: Child, sampler: pg.Client, operation: BenchOperation, fixtures: Fixtures, size: WindowSize, options: Options): Promise<LoadWindow> {
  const latencies: number[] = [];
  const backends = await watchBackends(sampler);
  const cpuBefore = stackCpuMs(stack, gateway);
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
  const cpuMs = { ...cpuDelta(cpuBefore, stackCpuMs(stack, gateway)), [POSTGRES]: await backends.stop() };
  return {
    // Only answered requests count: a refusal (429, 5xx) is fast and would flatter the figure.
    answered: result['2xx'],
    seconds: 'seconds' in size ? size.seconds : Number(process.hrtime.bigint() - startedAt) / 1e9,
    latencies,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMs,
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
 * One operation through each gateway of the stack: a warm-up, then the measured windows, each after
 * the servers finished whatever came before: two for each gateway, in a palindrome order (ours,
 * Hive, Hive Rust, Hive Rust, Hive, ours): a drift in the machine's speed during the operation (a
 * noisy neighbour on this VM) then weighs on all alike instead of on whichever ran last.
 */
async function loadInOrder(stack: Stack, sampler: pg.Client, operation: BenchOperation, fixtures: Fixtures, options: Options) {
  const names = (Object.keys(stack.gateways) as GatewayName[]).filter((name) => stack.gateways[name]);
  for (const name of names) await loadWindow(stack, stack.gateways[name]!, sampler, operation, fixtures, warmUpWindow(operation, options), options);
  const windows: Partial<Record<GatewayName, LoadWindow[]>> = {};
  for (const name of [...names, ...[...names].reverse()]) {
    await waitUntilIdle();
    (windows[name] ??= []).push(await loadWindow(stack, stack.gateways[name]!, sampler, operation, fixtures, measuredWindow(operation, options), options));
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
  /** Hive Gateway with the Rust query planner. */
  hiveRust?: LoadResult;
  /** ours/Hive answers per second. */
  ratio?: number;
  /** ours/Hive in each adjacent pair of windows (ours, Hive) and (Hive, ours). */
  pairRatios?: number[];
  /** ours/Hive Rust answers per second. */
  rustRatio?: number;
  /** p50 of one client's requests one after another, ms. */
  singleClient: { ours: number; hive?: number; hiveRust?: number };
  floorMs: { p50: number; p95: number; p99: number };
  plans: PlanSummary[];
  /** Our gateway on the demo-scale dataset, and district p95 over demo p95. */
  demo?: LoadResult;
  districtOverDemoP95?: number;
}

/** A figure for the table; '-' where there is none (no answer arrived in the window). */
const round = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? Number(n.toFixed(digits)) : '-');
/** Requests per second: two decimals below 10, where one would hide a slow operation's differences. */
const rate = (n: number) => round(n, n < 10 ? 2 : 1);
const latency = (r: LoadResult | undefined) => (r ? `${round(r.p50)} / ${round(r.p95)} / ${round(r.p99)}` : '-');

/** The processes of the CPU tables, in the order of a request's path. */
const PROCESS_COLUMNS = ['gateway', ...SUBGRAPHS.map(({ name }) => name), POSTGRES, 'total'];

function markdown(results: OperationResult[], meta: Record<string, unknown>): string {
  const gateways = meta.gateways as GatewayName[];
  const order = [...gateways, ...[...gateways].reverse()].map((name) => GATEWAY_LABELS[name]).join(', ');
  const lines = [
    `Machine: ${meta.machine}. ${meta.connections} connections, ${meta.duration} s per operation per gateway in two windows` +
      Object.entries(meta.windowRequests as Record<string, number>).map(([name, requests]) => ` (${name}: two windows of ${requests} requests, each until all are answered)`).join('') +
      `${gateways.length > 1 ? `, in the order ${order}` : ''}, ${meta.workers} worker process(es) per gateway, ${meta.runtime === 'tsx' ? 'run from TypeScript by tsx' : 'compiled (npm run build)'}, in production mode; ${meta.dataset}.` +
      (meta.demoDataset ? ` Demo scale: ${meta.demoDataset}.` : ''),
    '',
    '| operation | SQL statements | ours req/s | ours p50 / p95 / p99 ms | Hive req/s | Hive p50 / p95 / p99 ms | Hive Rust req/s | Hive Rust p50 / p95 / p99 ms | ours/Hive (each pair) | ours/Hive Rust | gateway CPU ms per answer (ours / Hive / Hive Rust) | failed (ours / Hive / Hive Rust) | one client alone p50 ms (ours / Hive / Hive Rust) | SQL floor p50 / p95 ms | demo-scale p95 ms | district/demo p95 |',
    '| --- | ---: | ---: | --- | ---: | --- | ---: | --- | --- | ---: | --- | --- | --- | --- | ---: | ---: |',
  ];
  for (const r of results) {
    const each = (figure: (result: LoadResult) => string | number) => [r.ours, r.hive, r.hiveRust].map((result) => (result ? figure(result) : '-')).join(' / ');
    lines.push(
      `| ${r.name} | ${r.sqlStatements} | ${rate(r.ours.requestsPerSecond)} | ${latency(r.ours)} | ` +
        `${r.hive ? rate(r.hive.requestsPerSecond) : '-'} | ${latency(r.hive)} | ${r.hiveRust ? rate(r.hiveRust.requestsPerSecond) : '-'} | ${latency(r.hiveRust)} | ` +
        `${round(r.ratio, 2)}${r.pairRatios?.length ? ` (${r.pairRatios.map((x) => round(x, 2)).join(', ')})` : ''} | ${round(r.rustRatio, 2)} | ` +
        `${each((result) => round(result.gatewayCpuMsPerAnswer, 2))} | ${each((result) => result.errors + result.non2xx)} | ` +
        `${[r.singleClient.ours, r.singleClient.hive, r.singleClient.hiveRust].map((ms) => round(ms)).join(' / ')} | ` +
        `${round(r.floorMs.p50, 2)} / ${round(r.floorMs.p95, 2)} | ` +
        `${r.demo ? round(r.demo.p95) : '-'} | ${round(r.districtOverDemoP95, 2)} |`,
    );
  }
  lines.push(
    '',
    `CPU ms per answer of every process (${PROCESS_COLUMNS.slice(0, -1).join(', ')}: PostgreSQL's backends serving the subgraphs) and their sum, through each gateway:`,
    '',
    `| operation | through | ${PROCESS_COLUMNS.join(' | ')} |`,
    `| --- | --- | ${PROCESS_COLUMNS.map(() => '---:').join(' | ')} |`,
  );
  for (const r of results) {
    for (const name of gateways) {
      const result = r[name];
      if (result) lines.push(`| ${r.name} | ${GATEWAY_LABELS[name]} | ${PROCESS_COLUMNS.map((label) => round(result.cpuMsPerAnswer[label], 2)).join(' | ')} |`);
    }
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

/** A connection of the bench's own to `databaseUrl`, for sampling pg_stat_activity during the windows. */
async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, options: SERVER_SESSION_OPTIONS });
  await client.connect();
  return client;
}

/** Each operation through our gateway on the demo-scale dataset, for the district/demo latency ratio. */
async function measureDemoScale(options: Options, operations: BenchOperation[], results: OperationResult[]): Promise<string> {
  await ensureDataset(options.demoDatabaseUrl, 'demo');
  const client = await connect(options.demoDatabaseUrl);
  const sampler = await connect(options.demoDatabaseUrl);
  try {
    const fixtures = await pickFixtures(client);
    const dataset = await describeDataset(client);
    log(`demo scale: ${dataset}; starting servers...`);
    const stack = await startStack(options, options.demoDatabaseUrl, ['ours']);
    for (const operation of operations) {
      await post(stack.gateways.ours!.url, operation, fixtures);
      log(`${operation.name}: loading our gateway at demo scale...`);
      const demo = summarize((await loadInOrder(stack, sampler, operation, fixtures, options)).ours!);
      await waitUntilIdle();
      const result = results.find((r) => r.name === operation.name)!;
      result.demo = demo;
      result.districtOverDemoP95 = result.ours.p95 / demo.p95;
    }
    return dataset;
  } finally {
    await Promise.all([client.end(), sampler.end()]);
    await stopChildren();
  }
}

/** The machine, Node and PostgreSQL, for the results' heading. */
async function describeMachine(client: pg.Client): Promise<string> {
  const server = (await client.query('SHOW server_version')).rows[0].server_version.split(' ')[0];
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${server} PostgreSQL`;
}

function writeResults(name: string, json: unknown, table: string): void {
  const dir = path.join(repoRoot, 'benchmarks/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(dir, `${name}.md`), table);
}

async function runGateways(options: Options, operations: BenchOperation[], client: pg.Client, sampler: pg.Client): Promise<void> {
  const fixtures = await pickFixtures(client);
  const dataset = await describeDataset(client);
  const gateways: GatewayName[] = ['ours', ...(options.hive ? (['hive'] as const) : []), ...(options.hive && options.hiveRust ? (['hiveRust'] as const) : [])];
  // Each operation's statements, from our stack in development (a request that asks for them also
  // leaves an AsyncLocalStorage hook every later promise of the process pays for); then the
  // measured stack, in production, started fresh.
  log(`dataset: ${dataset}; reading each operation's SQL statements from a development stack...`);
  await useTokenFor('development');
  const development = await startStack(options, options.databaseUrl, ['ours'], options.portBase, {}, 'development ', 'development');
  const statements = new Map<string, { answer: Awaited<ReturnType<typeof post>>; plans: PlanSummary[] }>();
  for (const operation of operations) {
    const answer = await post(development.gateways.ours!.url, operation, fixtures, { [SQL_COUNT_HEADER]: '1', [SQL_LOG_HEADER]: '1' });
    statements.set(operation.name, { answer, plans: await explainStatements(client, (answer.extensions?.sqlLog ?? []) as LoggedStatement[]) });
  }
  await stopChildren();
  log('starting the measured servers (production)...');
  await useTokenFor('production');
  const stack = await startStack(options, options.databaseUrl, gateways);
  const results: OperationResult[] = [];
  for (const operation of operations) {
    const { answer, plans } = statements.get(operation.name)!;
    for (const name of gateways) {
      const theirs = await post(stack.gateways[name]!.url, operation, fixtures);
      if (JSON.stringify(theirs.data) !== JSON.stringify(answer.data)) log(`warning: ${operation.name} answers differ between ours in development and ${GATEWAY_LABELS[name]}`);
    }
    log(`${operation.name}: ${answer.extensions?.sqlStatements} SQL statements; loading ${gateways.map((name) => GATEWAY_LABELS[name]).join(', ')}...`);
    const windows = await loadInOrder(stack, sampler, operation, fixtures, options);
    const [oursResult, hive, hiveRust] = gateways.map((name) => summarize(windows[name]!));
    await waitUntilIdle();
    const singleClient: OperationResult['singleClient'] = { ours: 0 };
    for (const name of gateways) singleClient[name] = await aloneP50(stack.gateways[name]!.url, operation, fixtures);
    // No ratio when either gateway answered nothing in the window: nothing to compare.
    const ratio = (theirs?: LoadResult) => (theirs && theirs.requestsPerSecond > 0 && oursResult.requestsPerSecond > 0 ? oursResult.requestsPerSecond / theirs.requestsPerSecond : undefined);
    results.push({
      name: operation.name,
      sqlStatements: Number(answer.extensions?.sqlStatements),
      ours: oursResult,
      hive,
      hiveRust,
      ratio: ratio(hive),
      // How far one pair of windows can stray from the whole.
      pairRatios: windows.hive && pairRatios(windows.ours!, windows.hive),
      rustRatio: ratio(hiveRust),
      singleClient,
      floorMs: await floor(client, operation, fixtures, options.floorRuns),
      plans,
    });
  }
  await stopChildren();
  const demoDataset = options.demo ? await measureDemoScale(options, operations, results) : undefined;
  const meta = {
    ranAt: new Date().toISOString(),
    machine: await describeMachine(client),
    connections: options.connections,
    duration: options.duration,
    windowRequests: Object.fromEntries(operations.filter((op) => op.loadRequests).map((op) => [op.name, op.loadRequests])),
    workers: options.workers,
    runtime: options.runtime,
    hive: options.hive,
    gateways,
    dataset,
    demoDataset,
    fixtures,
  };
  const table = markdown(results, meta);
  process.stdout.write(table);
  writeResults('latest', { ...meta, results }, table);
  const seq = results.filter((r) => r.plans.some((p) => p.seqScansOnLargeTables.length > 0));
  if (seq.length) log(`sequential scans on large tables in: ${seq.map((r) => r.name).join(', ')}`);
}

/** The stacks of an A/B run: B's ports start this far above A's. */
const SECOND_STACK_OFFSET = 20;

interface ComparisonResult extends PairedResult {
  name: string;
  rounds: { a: LoadWindow; b: LoadWindow; swapped: boolean }[];
}

/**
 * `--ab A B` (or `--aa [A]`): two stacks of our gateway and the four subgraphs on the same database,
 * the first on --port-base and the second 20 ports above. The run has two halves: A on the first
 * stack and B on the second, then both stacks restarted with the configurations swapped, so
 * whatever a stack's place does (start order, ports, which processes the kernel favours) weighs on
 * A and B alike, and its size is reported (`stackBias`). In each half, per operation, after a
 * warm-up of each stack, half of `--rounds` rounds each load A then B for one window (half of
 * --duration, or the operation's number of requests), the order reversed every other round, so a
 * drift of the machine's speed weighs on both alike. The result is B/A CPU per answer, per process
 * and in all, and B/A throughput: each half's median over its rounds, the two combined by geometric mean.
 */
async function runComparison(options: Options, operations: BenchOperation[], client: pg.Client, sampler: pg.Client): Promise<void> {
  const { a, b, aa } = options.comparison!;
  const fixtures = await pickFixtures(client);
  const dataset = await describeDataset(client);
  const rounds = new Map<string, ComparisonResult['rounds']>(operations.map((operation) => [operation.name, []]));
  for (const swapped of [false, true]) {
    const [first, second] = swapped ? [b, a] : [a, b];
    log(`dataset: ${dataset}; starting two stacks, ${swapped ? 'B first and A second' : 'A first and B second'}...`);
    const stackFirst = await startStack(options, options.databaseUrl, ['ours'], options.portBase, first, swapped ? 'B ' : 'A ');
    const stackSecond = await startStack(options, options.databaseUrl, ['ours'], options.portBase + SECOND_STACK_OFFSET, second, swapped ? 'A ' : 'B ');
    const sides = swapped ? { a: stackSecond, b: stackFirst } : { a: stackFirst, b: stackSecond };
    for (const operation of operations) {
      const [answerA, answerB] = [await post(sides.a.gateways.ours!.url, operation, fixtures), await post(sides.b.gateways.ours!.url, operation, fixtures)];
      if (JSON.stringify(answerA.data) !== JSON.stringify(answerB.data)) log(`warning: ${operation.name} answers differ between A and B`);
      const count = swapped ? Math.floor(options.rounds / 2) : Math.ceil(options.rounds / 2);
      log(`${operation.name}: ${count} rounds of A and B...`);
      for (const stack of [stackFirst, stackSecond]) await loadWindow(stack, stack.gateways.ours!, sampler, operation, fixtures, warmUpWindow(operation, options), options);
      for (let i = 0; i < count; i++) {
        const round: Partial<ComparisonResult['rounds'][number]> = { swapped };
        for (const side of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
          await waitUntilIdle();
          round[side] = await loadWindow(sides[side], sides[side].gateways.ours!, sampler, operation, fixtures, measuredWindow(operation, options), options);
        }
        rounds.get(operation.name)!.push(round as ComparisonResult['rounds'][number]);
      }
    }
    await stopChildren();
  }
  const results: ComparisonResult[] = operations.map(({ name }) => ({ name, rounds: rounds.get(name)!, ...pairedResult(rounds.get(name)!) }));
  const meta = { ranAt: new Date().toISOString(), machine: await describeMachine(client), mode: aa ? 'A/A' : 'A/B', a, b, connections: options.connections, rounds: options.rounds, workers: options.workers, runtime: options.runtime, dataset };
  const describe = (configuration: Configuration) => (Object.keys(configuration).length ? Object.entries(configuration).map(([k, v]) => `${k}=${v}`).join(' ') : 'defaults');
  const lines = [
    `${meta.mode}: A = ${describe(a)}, B = ${describe(b)}. Machine: ${meta.machine}. ${options.connections} connections, ${options.rounds} rounds, ${options.workers} worker process(es) per gateway, ${options.runtime} unless BENCH_RUNTIME says otherwise, in production mode; ${dataset}.`,
    '',
    `| operation | A req/s | B req/s | B/A throughput | ${PROCESS_COLUMNS.map((label) => `${label} ms A / B (B/A)`).join(' | ')} | B/A total each round (A first; A second) | second stack / first, same configuration |`,
    `| --- | ---: | ---: | ---: | ${PROCESS_COLUMNS.map(() => '---').join(' | ')} | --- | ---: |`,
  ];
  for (const r of results) {
    const perSecond = (side: 'a' | 'b') => r.rounds.reduce((sum, w) => sum + w[side].answered, 0) / r.rounds.reduce((sum, w) => sum + w[side].seconds, 0);
    lines.push(
      `| ${r.name} | ${rate(perSecond('a'))} | ${rate(perSecond('b'))} | ${round(r.throughputRatio, 3)} | ` +
        `${PROCESS_COLUMNS.map((label) => `${round(r.a[label], 2)} / ${round(r.b[label], 2)} (${round(r.cpuRatio[label], 3)})`).join(' | ')} | ` +
        `${[false, true].map((swapped) => pairedResult(r.rounds.filter((w) => w.swapped === swapped)).totalRatios.map((x) => round(x, 3)).join(', ')).join('; ')} | ${round(r.stackBias, 3)} |`,
    );
  }
  const table = `${lines.join('\n')}\n`;
  process.stdout.write(table);
  writeResults('ab-latest', { ...meta, results: results.map(({ rounds, ...rest }) => ({ ...rest, rounds: rounds.map(({ a: wa, b: wb, swapped }) => ({ swapped, a: withoutLatencies(wa), b: withoutLatencies(wb) })) })) }, table);
}

/** A window without its every latency, for the A/B results file. */
const withoutLatencies = ({ latencies, ...window }: LoadWindow) => ({ ...window, responses: latencies.length });

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const operations = OPERATIONS.filter((op) => !options.operations || options.operations.includes(op.name));
  await ensureDataset(options.databaseUrl, 'district');
  await useTokenFor('production');
  const client = await connect(options.databaseUrl);
  const sampler = await connect(options.databaseUrl);
  try {
    await (options.comparison ? runComparison : runGateways)(options, operations, client, sampler);
  } finally {
    await Promise.all([client.end(), sampler.end()]);
    await stopChildren();
  }
}

main().catch(async (error) => {
  log(`bench failed: ${(error as Error).stack ?? error}`);
  await stopChildren();
  process.exit(1);
});
