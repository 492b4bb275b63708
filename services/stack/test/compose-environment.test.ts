import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDevelopmentKey, mintDevelopmentToken, repoRoot, SUBGRAPHS } from '@careergraph/kit';
import { createTestDatabase, describeOnServer, type TestDatabase } from '@careergraph/kit/testing';
import {
  type ComposeFile,
  type ComposeService,
  dockerfileEnvironment,
  loadComposeFile,
  parseEnvFile,
  serviceEnvironment,
} from '../src/compose-file';
import { buildProduction } from '../src/build';
import { freePort } from './support/pgbouncer';
import { type ServiceProcess, startServiceProcess } from './support/service-process';

/**
 * docker-compose.yml as an operator runs it, without a Docker engine: every process it defines is
 * started with exactly the environment its container gets (the image's ENV, then the service's
 * `environment`, with .env.example as .env) and its own `command`, in the order `depends_on` sets,
 * each waited for by its own health check. The processes are the image's: `npm run build`'s compiled
 * tree run with plain `node` from dist/ (the image's WORKDIR), so the build is proven too. The only changes are where things are: compose's
 * hostnames and ports move to free loopback ports, its PostgreSQL to a fresh database on this
 * machine's server and its Redis to the one at 127.0.0.1:6379. Before this test, every subgraph so
 * started exited on a missing SUBGRAPH_SIGNING_SECRETS and the gateway on missing token settings.
 *
 * Real PostgreSQL only: the compose stack's processes share one database server.
 */
const onServer = describeOnServer('the compose services share a PostgreSQL server, which PGlite cannot be for several processes');

const REDIS_URL = 'redis://127.0.0.1:6379';
/** Compose services this machine provides itself instead of a container. */
const PROVIDED = new Set(['postgres', 'redis']);

onServer('docker-compose.yml, every process started as the file configures it', () => {
  let database: TestDatabase;
  let compose: ComposeFile;
  const started: ServiceProcess[] = [];
  /** `service:port` inside compose's network → the loopback port standing in for it. */
  const ports = new Map<string, number>();
  /** The image's /app: the production build, third-party packages from the repository's node_modules. */
  const workdir = path.join(repoRoot, 'dist');

  beforeAll(async () => {
    await buildProduction(workdir);
    database = await createTestDatabase();
    compose = loadComposeFile(parseEnvFile(readFileSync(path.join(repoRoot, '.env.example'), 'utf8')));
    for (const [name, service] of Object.entries(compose.services)) {
      for (const port of service.expose ?? []) ports.set(`${name}:${port}`, await freePort());
    }
  });

  afterAll(async () => {
    // The gateway first, so it is not left calling stopped subgraphs.
    for (const running of [...started].reverse()) await running.stop();
    await database?.drop();
  });

  /** Moves a compose address (`http://students:4001`, `postgres://…@postgres:5432/…`) to where it runs here. */
  const relocate = (value: string, self: string): string => {
    if (/^0\.0\.0\.0$/.test(value)) return '127.0.0.1';
    return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)(?:([^@/]*)@)?([a-z0-9-]+|127\.0\.0\.1|localhost):(\d+)(\/[^?#]*)?/i, (all, scheme: string, _auth, host: string, port: string, rest = '') => {
      const target = host === '127.0.0.1' || host === 'localhost' ? self : host;
      if (target === 'postgres' && scheme.startsWith('postgres')) return database.url;
      if (target === 'redis') return REDIS_URL;
      const mapped = ports.get(`${target}:${port}`);
      return mapped ? `${scheme}127.0.0.1:${mapped}${rest}` : all;
    });
  };

  const environmentOf = (name: string, service: ComposeService): Record<string, string> => {
    const image = dockerfileEnvironment(path.join(repoRoot, dockerfileOf(service)));
    const env: Record<string, string> = { ...image, ...serviceEnvironment(service), PATH: process.env.PATH ?? '' };
    const exposed = new Set((service.expose ?? []).map(String));
    for (const [key, value] of Object.entries(env)) {
      if (key.endsWith('_PORT') && exposed.has(value)) env[key] = String(ports.get(`${name}:${value}`));
      else env[key] = relocate(value, name);
    }
    return env;
  };

  /** The container's command on this machine: `node` is this Node, paths are relative to the image's WORKDIR (dist/). */
  const commandOf = (name: string, argv: string[] | string | undefined): string[] => {
    if (!Array.isArray(argv) || argv.length === 0) throw new Error(`service ${name} has no command in exec form`);
    return argv.map((arg, i) => (i === 0 && arg === 'node' ? process.execPath : arg));
  };

  const healthy = async (name: string, service: ComposeService, running: ServiceProcess): Promise<void> => {
    const test = service.healthcheck?.test;
    if (!Array.isArray(test) || test[0] !== 'CMD') throw new Error(`service ${name} needs a health check in CMD form`);
    const argv = commandOf(name, test.slice(1)).map((arg) => arg.replace(/(?:127\.0\.0\.1|localhost):(\d+)/g, (all, port: string) => {
      const mapped = ports.get(`${name}:${port}`);
      return mapped ? `127.0.0.1:${mapped}` : all;
    }));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (running.child.exitCode !== null) throw new Error(`${name} exited (${running.child.exitCode}):\n${running.output()}`);
      const code = await new Promise<number | null>((resolve) => spawn(argv[0], argv.slice(1), { stdio: 'ignore' }).once('close', resolve));
      if (code === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`${name} was not healthy within 120 s:\n${running.output()}`);
  };

  it('migrates, starts every service healthy, and answers through the gateway', async () => {
    const done = new Map<string, Promise<void>>();
    const start = (name: string): Promise<void> => {
      if (!done.has(name)) done.set(name, bringUp(name));
      return done.get(name)!;
    };
    const bringUp = async (name: string): Promise<void> => {
      const service = compose.services[name];
      if (PROVIDED.has(name)) return;
      const dependsOn = Array.isArray(service.depends_on) ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : (service.depends_on ?? {});
      await Promise.all(Object.keys(dependsOn).map(start));
      const running = startServiceProcess(name, commandOf(name, service.command), environmentOf(name, service), workdir);
      started.push(running);
      const waitsForExit = Object.values(compose.services).some((other) => {
        const deps = other.depends_on;
        return deps && !Array.isArray(deps) && deps[name]?.condition === 'service_completed_successfully';
      });
      if (waitsForExit) {
        const code = await running.exited;
        if (code !== 0) throw new Error(`${name} exited ${code}:\n${running.output()}`);
      } else await healthy(name, service, running);
    };
    await Promise.all(Object.keys(compose.services).map(start));

    // The one-shot job migrated every subgraph; the subgraphs found nothing left to do.
    const migrate = started.find((running) => running.name === 'migrate')!;
    expect(migrate.records.filter((record) => record.msg === 'migrations applied').map((record) => record.subgraph)).toEqual(
      SUBGRAPHS.map(({ name }) => name),
    );
    for (const subgraph of started.filter((running) => running.name !== 'migrate' && running.name !== 'gateway')) {
      expect(subgraph.records.some((record) => record.msg === 'migrations applied')).toBe(false);
    }

    // A client token as the compose stack accepts them (.env.example: the development key's public half).
    const key = await loadDevelopmentKey(path.join(repoRoot, 'deploy', 'development-auth'));
    const token = await mintDevelopmentToken(key, { role: 'DISTRICT_ADMIN' });
    const gatewayUrl = `http://127.0.0.1:${ports.get('gateway:4000')}/graphql`;
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    };
    const created = await post(`mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id name } } }`, {
      input: { name: 'Compose Works', kind: 'EMPLOYER', industrySector: 'Manufacturing', careerClusters: ['MANUFACTURING'], capacity: 2 },
    });
    expect(created.errors).toBeUndefined();
    // One operation that reaches all four subgraphs.
    const answer = await post(`{
      partners(first: 5) { totalCount edges { node { name } } }
      students(first: 1) { totalCount }
      placements(first: 1) { totalCount }
      credentials(first: 1) { totalCount }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      partners: { totalCount: 1, edges: [{ node: { name: 'Compose Works' } }] },
      students: { totalCount: 0 },
      placements: { totalCount: 0 },
      credentials: { totalCount: 0 },
    });
  }, 300_000);
});

function dockerfileOf(service: ComposeService): string {
  const build = service.build;
  if (!build || typeof build === 'string') throw new Error('an application service must build from a Dockerfile');
  return path.join(build.context ?? '.', build.dockerfile ?? 'Dockerfile');
}
