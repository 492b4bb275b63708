import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** The whole data folder as a tar (for tests' migrated templates, loaded back with `loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM (PGlite), served on a loopback port so the service talks to it with
 * the same `pg` driver and SQL it uses against a real server. PGlite is a single session: every
 * client connection shares it, so the pool in front of it must hold exactly one connection.
 *
 * @param dataDir a folder to persist to, or undefined for a throwaway in-memory database.
 * @param loadDataDir a `dumpDataDir()` tar to start from instead of an empty cluster.
 */
export async function startEmbeddedPostgres(dataDir?: string, loadDataDir?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? 'memory://', loadDataDir ? { loadDataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dumpDataDir: () => db.dumpDataDir('none'),
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
