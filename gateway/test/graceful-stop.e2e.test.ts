import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnService } from './support/spawned-service';

/**
 * SIGTERM drains and exits 0, for a subgraph on its embedded database and for the gateway. Apollo
 * Server's own signal handler used to stop the server beside the kit's and re-raise the signal, so
 * the process ended mid-drain with exit code 1 ("second signal"), or took ten seconds.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'careergraph-stop-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it.each([
  ['the partners subgraph', 'services/partners/src/index.ts', { PARTNERS_PORT: '0', SEED_DEMO: 'false' }, 'subgraph listening'],
  ['the gateway', 'gateway/src/index.ts', { GATEWAY_PORT: '0', GATEWAY_WORKERS: '1' }, 'gateway listening'],
])('%s stops cleanly on SIGTERM', async (_name, entry, env, listening) => {
  const service = spawnService(entry, { DATA_DIR: dataDir, ...env });
  try {
    await service.logged(listening);
    const url = service.lines.find((line) => line.msg === listening)!.url!;
    expect((await fetch(new URL('/health', url))).status).toBe(200);
    service.process.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    const messages = service.lines.map((line) => line.msg);
    expect(messages).toContain('stopped cleanly');
    expect(messages).not.toContain('second signal while draining; exiting now');
  } finally {
    service.process.kill('SIGKILL');
  }
}, 60_000);
