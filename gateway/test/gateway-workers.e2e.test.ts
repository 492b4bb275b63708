import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnService } from './support/spawned-service';

/**
 * `gateway/src/index.ts` with GATEWAY_WORKERS: worker processes share one port, a worker that dies
 * is replaced, SIGTERM drains every worker, and a worker that cannot start stops the whole gateway.
 * Real processes, as production runs them; no subgraph is needed for these paths.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'careergraph-workers-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const startGateway = (env: Record<string, string>) => spawnService('gateway/src/index.ts', { DATA_DIR: dataDir, GATEWAY_WORKERS: '2', ...env });

/** The gateway's worker processes: the primary's children running the gateway (tsx may run esbuild beside them). */
function workerPids(primary: number): number[] {
  return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(primary)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('gateway/src/index.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

it('runs two workers on one port, replaces one that dies and drains both on SIGTERM', async () => {
  const gateway = startGateway({ GATEWAY_PORT: '0' });
  try {
    await gateway.logged('gateway listening', 2);
    const urls = new Set(gateway.lines.filter((line) => line.msg === 'gateway listening').map((line) => line.url));
    expect(urls.size).toBe(1);
    const health = new URL('/health', [...urls][0]!);
    expect((await fetch(health)).status).toBe(200);

    const workers = workerPids(gateway.process.pid!);
    expect(workers).toHaveLength(2);
    process.kill(workers[0]!, 'SIGKILL');
    await gateway.logged('a gateway worker died; starting another');
    await gateway.logged('gateway listening', 3);
    const replaced = workerPids(gateway.process.pid!);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(workers[0]);
    expect((await fetch(health)).status).toBe(200);

    gateway.process.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(gateway.lines.filter((line) => line.msg === 'stopped cleanly')).toHaveLength(2);
  } finally {
    gateway.process.kill('SIGKILL');
  }
}, 60_000);

it('stops every worker and exits non-zero when a worker cannot start', async () => {
  const taken: Server = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as { port: number };
  const gateway = startGateway({ GATEWAY_PORT: String(port) });
  try {
    expect(await gateway.exited).toBe(1);
    expect(gateway.lines.map((line) => line.msg)).toContain('a gateway worker failed to start; stopping the others');
  } finally {
    gateway.process.kill('SIGKILL');
    await new Promise((resolve) => taken.close(resolve));
  }
}, 60_000);
