import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { DatabaseConfig } from '../config/service-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { DEFAULT_PREPARED_STATEMENTS, preparingClient } from './prepared-statements';
import { StatementCountingLogger } from './statement-counter';

// Calendar dates stay YYYY-MM-DD strings (a JS Date would shift them by the server's time zone);
// bigint counts fit in a JS number for every count this platform makes.
types.setTypeParser(types.builtins.DATE, (value) => value);
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

/**
 * Settings of every session on a PostgreSQL server (the embedded database has no JIT). JIT compiled
 * the year-wide analytics statements for up to a second each (their cost estimates pass
 * jit_above_cost) and never earned it back at district scale: a district year's metrics took 2.5 s
 * with it and 1.9 s without.
 */
export const SERVER_SESSION_OPTIONS = '-c jit=off';

export interface ServiceSchema {
  /** The PostgreSQL schema this service owns; its migrations table lives there too. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export interface DataSourceOptions extends ServiceSchema {
  url: string;
  poolMax: number;
  /**
   * The embedded database: its socket server takes one connection at a time, so the pool keeps its
   * one connection open rather than closing it when idle, which would race the reconnect.
   */
  embedded?: boolean;
  statementTimeoutMs?: number;
  applicationName?: string;
  /**
   * Statements each server connection keeps prepared (DEFAULT_PREPARED_STATEMENTS when not given;
   * 0 prepares none). The embedded database never prepares: its connections share one session, so
   * a reconnected client would find its statement names already taken.
   */
  preparedStatements?: number;
}

/** A DataSource bound to one service's schema. `synchronize` is never on: migrations own DDL. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: new StatementCountingLogger(),
    applicationName: options.applicationName ?? `careergraph-${options.schema}`,
    extra: {
      max: options.poolMax,
      ...(options.embedded ? { idleTimeoutMillis: 0 } : serverPoolOptions(options.preparedStatements ?? DEFAULT_PREPARED_STATEMENTS)),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

function serverPoolOptions(preparedStatements: number) {
  return { options: SERVER_SESSION_OPTIONS, ...(preparedStatements > 0 ? { Client: preparingClient(preparedStatements) } : {}) };
}

/** Creates the service's schema if needed and applies pending migrations; returns their names. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

export interface ServiceDatabase {
  dataSource: DataSource;
  /** True when the database is the embedded PGlite one. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the service's database, the configured server or else the embedded one persisted under the
 * data folder, and brings its schema up to date.
 */
export async function openServiceDatabase(
  config: DatabaseConfig,
  definition: ServiceSchema,
  onMigrated?: (applied: string[]) => void,
): Promise<ServiceDatabase> {
  const embedded = config.url ? undefined : await startEmbeddedPostgres(config.dataDir);
  const dataSource = createDataSource({
    ...definition,
    url: config.url ?? embedded!.url,
    poolMax: embedded ? 1 : config.poolMax,
    embedded: Boolean(embedded),
    statementTimeoutMs: config.statementTimeoutMs,
    preparedStatements: config.preparedStatements,
  });
  try {
    await dataSource.initialize();
    // Not inside `onMigrated?.(...)`: an optional call skips evaluating its arguments when absent.
    const applied = await migrate(dataSource, definition.schema);
    onMigrated?.(applied);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}
