import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate, type ServiceSchema } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { adminQuery, databaseTemplate, type DatabaseTemplate, templatesFolder, type TestSeed } from './database-templates';

export interface TestDatabase {
  url: string;
  /** True against a real PostgreSQL server, false on embedded PGlite. */
  real: boolean;
  poolMax: number;
  /** Idle connections close after this (a server only): see TEST_POOL_IDLE_MS. */
  poolIdleMs?: number;
  drop(): Promise<void>;
}

/**
 * pg's own 10 s rather than the services' minute: two jest workers each run supergraphs of six
 * pools, and idle connections given back sooner keep the run under the server's max_connections.
 */
const TEST_POOL_IDLE_MS = 10_000;

/**
 * A throwaway database for one test file. With TEST_DATABASE_URL set (CI), a fresh database is
 * created on that server and dropped afterwards, so parallel test files never share tables;
 * otherwise an in-memory PGlite serves, so `npm test` needs no database server. From a template
 * (database-templates.ts), it starts as a copy of the template's.
 */
export async function createTestDatabase(template?: DatabaseTemplate): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(undefined, template?.kind === 'embedded' ? template.dataDir : undefined);
    return { url: embedded.url, real: false, poolMax: 1, drop: () => embedded.close() };
  }
  // CI sets a per-run prefix so it can drop whatever a crashed run left behind.
  const name = `${process.env.TEST_DATABASE_PREFIX ?? 'cgtest_'}${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template?.kind === 'server' ? ` TEMPLATE "${template.database}"` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    real: true,
    poolMax: 5,
    poolIdleMs: TEST_POOL_IDLE_MS,
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export interface TestDataSource {
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestDataSourceOptions {
  /** Data the database holds before the test (the subgraph's demo data...), loaded once per run. */
  seed?: TestSeed;
}

/**
 * A migrated (and seeded) DataSource for one service on a fresh test database: a copy of the run's
 * template for that schema and seed, or, outside jest's globalSetup, migrated and seeded in place.
 */
export async function openTestDataSource(definition: ServiceSchema, options: TestDataSourceOptions = {}): Promise<TestDataSource> {
  const folder = templatesFolder();
  const db = await createTestDatabase(folder ? await databaseTemplate(folder, definition, options.seed) : undefined);
  const dataSource = createDataSource({ ...definition, url: db.url, poolMax: db.poolMax, poolIdleMs: db.poolIdleMs, embedded: !db.real });
  await dataSource.initialize();
  if (!folder) {
    await migrate(dataSource, definition.schema);
    await options.seed?.run(dataSource);
  }
  return {
    dataSource,
    database: db,
    async close() {
      await dataSource.destroy();
      await db.drop();
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
