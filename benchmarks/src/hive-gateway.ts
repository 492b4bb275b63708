/**
 * Hive Gateway for `npm run bench`, the runtime its CLI serves, given the same supergraph as our
 * gateway. Started here rather than by the `hive-gateway` CLI because the CLI's config loader
 * cannot compile the kit's TypeScript, and the plugin below needs the kit. Each subgraph's location
 * comes from `<SUBGRAPH>_URL` (Hive Gateway's transport entries override the supergraph's
 * join__graph urls), and it does the work our gateway does per request: verify the client's bearer
 * token and sign every subgraph request with the kit's identity signer. Its in-flight deduplication
 * of identical subgraph requests is turned off: its key is computed before `onFetch` adds the
 * caller's signed identity, so it would hand one caller's subgraph answer to another, and under the
 * bench's identical concurrent requests it would send one subgraph request for eight clients.
 *
 * With GATEWAY_WORKERS above 1 it runs that many processes on the port under the kit's `runWorkers`,
 * as our gateway does.
 *
 * With a fourth argument `rust` it plans queries with the Rust query planner of
 * `@graphql-hive/router-runtime` (a napi module shipped in the package) instead of the JavaScript one.
 *
 * Usage: node --import tsx benchmarks/src/hive-gateway.ts <supergraph path> <host> <port> [rust]
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import {
  type Caller,
  ClientTokenVerifier,
  createLogger,
  DEFAULT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_SIGNING_SECRET,
  IDENTITY_HEADER,
  IdentitySigner,
  loadDevelopmentKey,
  repoRoot,
  runWorkers,
  SHUTDOWN_MESSAGE,
  SUBGRAPHS,
} from '@careergraph/kit';

const [supergraph, host, port, planner] = process.argv.slice(2);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data'));
const verifier = loadDevelopmentKey(dataDir).then(
  (developmentKey) => new ClientTokenVerifier({ developmentKey, issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE }),
);
const signer = new IdentitySigner(process.env.SUBGRAPH_SIGNING_SECRETS?.split(',') ?? [DEVELOPMENT_SIGNING_SECRET]);
const callers = new WeakMap<Request, Caller>();

/** Refuses a request without a valid bearer token (401); signs each subgraph fetch for its caller. */
function useCareerGraphIdentity(): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== '/graphql') return;
      try {
        callers.set(request, await (await verifier).verify(request.headers.get('authorization') ?? undefined));
      } catch (error) {
        const body = JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
        endResponse(new fetchAPI.Response(body, { status: 401, headers: { 'content-type': 'application/json' } }));
      }
    },
    async onFetch({ context, options, setOptions }) {
      const request = 'request' in context ? (context.request as Request | undefined) : undefined;
      const caller = request ? callers.get(request) : undefined;
      if (!caller || typeof options.body !== 'string') return;
      const { query } = JSON.parse(options.body) as { query: string };
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [IDENTITY_HEADER]: await signer.sign(caller, query) } });
    },
  };
}

function serve() {
  const runtime = createGatewayRuntime({
    supergraph,
    transportEntries: Object.fromEntries(
      SUBGRAPHS.flatMap(({ name }) => {
        const location = process.env[`${name.toUpperCase()}_URL`];
        return location ? [[name, { location, options: { deduplicateInflightRequests: false } }]] : [];
      }),
    ),
    plugins: () => [useCareerGraphIdentity()],
    ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
    logging: 'error',
  });
  const server = createServer(runtime);
  server.listen(Number(port), host);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void Promise.resolve(runtime.dispose()).finally(() => process.exit(0)));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Under runWorkers the primary asks each worker to drain with a message.
  process.on('message', (message) => message === SHUTDOWN_MESSAGE && stop());
}

const workers = Number(process.env.GATEWAY_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) runWorkers(workers, createLogger('hive-gateway', 'warn'));
else serve();
