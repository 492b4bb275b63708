import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate, type ServiceSchema } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** True against a real PostgreSQL server, false on embedded PGlite. */
  real: boolean;
  poolMax: number;
  drop(): Promise<void>;
}

/**
 * A throwaway database for one test file. With TEST_DATABASE_URL set (CI), a fresh database is
 * created on that server and dropped afterwards, so parallel test files never share tables;
 * otherwise an in-memory PGlite serves, so `npm test` needs no database server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, real: false, poolMax: 1, drop: () => embedded.close() };
  }
  // CI sets a per-run prefix so it can drop whatever a crashed run left behind.
  const name = `${process.env.TEST_DATABASE_PREFIX ?? 'cgtest_'}${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    real: true,
    poolMax: 5,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDataSource {
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A migrated DataSource for one service on a fresh test database. */
export async function openTestDataSource(definition: ServiceSchema, database?: TestDatabase): Promise<TestDataSource> {
  const db = database ?? (await createTestDatabase());
  const dataSource = createDataSource({ ...definition, url: db.url, poolMax: db.poolMax, embedded: !db.real });
  await dataSource.initialize();
  await migrate(dataSource, definition.schema);
  return {
    dataSource,
    database: db,
    async close() {
      await dataSource.destroy();
      if (!database) await db.drop();
    },
  };
}

/**
 * A database that outlives the process using it, for tests that restart a service: on a server
 * (TEST_DATABASE_URL) the same database is reopened; on PGlite the embedded database keeps its
 * files in a temporary folder, and `restart()` shuts it down completely and starts it again on
 * them, as a machine restart would.
 */
export interface RestartableTestDatabase {
  url(): string;
  poolMax: number;
  /** False against a real server. */
  embedded: boolean;
  restart(): Promise<void>;
  drop(): Promise<void>;
}

export async function createRestartableTestDatabase(): Promise<RestartableTestDatabase> {
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase();
    return { url: () => database.url, poolMax: database.poolMax, embedded: false, restart: async () => undefined, drop: () => database.drop() };
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'careergraph-restart-'));
  let embedded = await startEmbeddedPostgres(folder);
  return {
    url: () => embedded.url,
    poolMax: 1,
    embedded: true,
    async restart() {
      await embedded.close();
      embedded = await startEmbeddedPostgres(folder);
    },
    async drop() {
      await embedded.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** A migrated DataSource for one service on a restartable database; closing it leaves the data. */
export async function openRestartableDataSource(definition: ServiceSchema, database: RestartableTestDatabase): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const dataSource = createDataSource({ ...definition, url: database.url(), poolMax: database.poolMax, embedded: database.embedded });
  await dataSource.initialize();
  await migrate(dataSource, definition.schema);
  return { dataSource, close: () => dataSource.destroy() };
}

/**
 * `describe` for tests that need a real PostgreSQL server (several processes on one database, a
 * pooler in front of it): with TEST_DATABASE_URL unset (PGlite) the block is skipped, and one
 * skipped test says why, so the PGlite run's summary shows what it left out.
 */
export function describeOnServer(reason: string): jest.Describe {
  if (process.env.TEST_DATABASE_URL) return describe;
  it.skip(`needs TEST_DATABASE_URL: ${reason}`, () => undefined);
  return describe.skip;
}
