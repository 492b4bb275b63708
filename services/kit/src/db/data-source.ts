import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { types } from 'pg';
import { DataSource, type EntitySchema, MigrationExecutor, type MixedList } from 'typeorm';
import { type DatabaseConfig, DEFAULT_POOL_IDLE_MS } from '../config/service-config';
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

/**
 * The settings every service session runs with, as server-side defaults of the connecting role in
 * its database (`ALTER ROLE ... IN DATABASE ... SET`), written by `migrate`. PostgreSQL applies them
 * to every session it starts for that role, so they hold through a transaction-mode pooler, which
 * refuses them as startup parameters (PgBouncer: "unsupported startup parameter") and would leak a
 * session `SET` onto other clients' server connections.
 */
export interface SessionDefaults {
  /** The request-sized statement timeout (DB_STATEMENT_TIMEOUT_MS); 0 disables it. */
  statementTimeoutMs: number;
}

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
  /** How long an idle connection stays in the pool (DEFAULT_POOL_IDLE_MS when not given). */
  poolIdleMs?: number;
  /**
   * The embedded database: its socket server takes one connection at a time, so the pool keeps its
   * one connection open rather than closing it when idle, which would race the reconnect.
   */
  embedded?: boolean;
  /** This pool's own statement timeout, sent at connect (0 disables it); the role's default otherwise. */
  statementTimeoutMs?: number;
  /**
   * Connections go through a pooler in transaction mode (PgBouncer `pool_mode = transaction`): no
   * startup parameters and no prepared statements, since consecutive transactions of one client may
   * run on different server sessions; session settings come from the role's defaults (SessionDefaults).
   */
  transactionPooler?: boolean;
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
    // As `migrate` runs them: a service's pending migrations land together or not at all.
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: ['query'],
    logger: new StatementCountingLogger(),
    applicationName: options.applicationName ?? `careergraph-${options.schema}`,
    extra: { max: options.poolMax, ...poolOptions(options) },
  });
}

function poolOptions(options: DataSourceOptions) {
  const timeout = options.statementTimeoutMs;
  if (options.embedded) return { idleTimeoutMillis: 0, ...(timeout ? { statement_timeout: timeout } : {}) };
  const idleTimeoutMillis = options.poolIdleMs ?? DEFAULT_POOL_IDLE_MS;
  if (options.transactionPooler) return { idleTimeoutMillis };
  const preparedStatements = options.preparedStatements ?? DEFAULT_PREPARED_STATEMENTS;
  return {
    idleTimeoutMillis,
    // In `options` rather than pg's statement_timeout, which drops a 0 (a bulk load's "no limit")
    // and so would leave the role's request-sized default in force.
    options: timeout === undefined ? SERVER_SESSION_OPTIONS : `${SERVER_SESSION_OPTIONS} -c statement_timeout=${Math.trunc(timeout)}`,
    ...(preparedStatements > 0 ? { Client: preparingClient(preparedStatements) } : {}),
  };
}

/** The pool's connections now (pg's Pool counts), for the metrics; undefined before it is open. */
export function poolUsage(dataSource: DataSource): { total: number; idle: number; waiting: number } | undefined {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  if (!dataSource.isInitialized || !pool) return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/**
 * The advisory lock key of one service's migrations: its schema name hashed to a bigint (sha-256,
 * not PostgreSQL's hashtext, so the key never changes with the server version).
 */
export function migrationLockKey(schema: string): string {
  return createHash('sha256').update(`careergraph:migrate:${schema}`).digest().readBigInt64BE(0).toString();
}

/** Serialises writers of the role's defaults, which every service shares (one pg_db_role_setting row). */
const SESSION_DEFAULTS_LOCK = migrationLockKey('*session-defaults*');

export interface MigrateOptions {
  /** Also writes these as the connecting role's defaults in this database (SessionDefaults). */
  sessionDefaults?: SessionDefaults;
}

/**
 * Creates the service's schema if needed, applies its pending migrations and writes the role's
 * session defaults, all in one transaction holding the service's advisory lock, and returns the
 * names applied. Replicas starting together on a fresh database queue on the lock and find the
 * work done, instead of racing to create the same schema and tables. The lock is transaction-scoped
 * so it is taken and released on one server session even through a transaction-mode pooler, and a
 * crashed migrator leaves nothing locked or half-applied.
 */
export async function migrate(dataSource: DataSource, schema: string, options: MigrateOptions = {}): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SELECT pg_advisory_xact_lock($1::bigint)', [migrationLockKey(schema)]);
    // A long migration is not a request: the pool's statement timeout does not bound it.
    await runner.query('SET LOCAL statement_timeout = 0');
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const executor = new MigrationExecutor(dataSource, runner);
    // Inside the transaction started above: every pending migration lands, or none does.
    executor.transaction = 'all';
    const applied = await executor.executePendingMigrations();
    if (options.sessionDefaults) await writeSessionDefaults(runner, options.sessionDefaults);
    await runner.commitTransaction();
    return applied.map((m) => m.name);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Sets the role's defaults in this database where they differ (see SessionDefaults). */
async function writeSessionDefaults(runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, defaults: SessionDefaults): Promise<void> {
  await runner.query('SELECT pg_advisory_xact_lock($1::bigint)', [SESSION_DEFAULTS_LOCK]);
  const wanted: Record<string, string> = { jit: 'off', statement_timeout: `${Math.trunc(defaults.statementTimeoutMs)}` };
  const rows = (await runner.query(
    `SELECT split_part(setting, '=', 1) AS name, substr(setting, strpos(setting, '=') + 1) AS value
       FROM pg_db_role_setting s
       JOIN pg_database d ON d.oid = s.setdatabase AND d.datname = current_database()
       CROSS JOIN LATERAL unnest(s.setconfig) AS setting
      WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
  )) as { name: string; value: string }[];
  const current = new Map(rows.map((row) => [row.name, row.value]));
  for (const [name, value] of Object.entries(wanted)) {
    if (current.get(name) === value) continue;
    // Identifiers and values cannot be bind parameters in ALTER ROLE; format() quotes both.
    await runner.query(
      `DO $$ BEGIN EXECUTE format('ALTER ROLE %I IN DATABASE %I SET ${name} = %L', current_user, current_database(), '${value}'); END $$`,
    );
  }
}

export interface ServiceDatabase {
  dataSource: DataSource;
  /** True when the database is the embedded PGlite one. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  onMigrated?: (applied: string[]) => void;
  /**
   * This process's own statement timeout when it differs from the configured request-sized one
   * (a bulk load's COPY: 0); the role's default that `migrate` writes stays the configured one.
   */
  sessionStatementTimeoutMs?: number;
}

/**
 * Opens the service's database, the configured server or else the embedded one persisted under the
 * data folder, and brings its schema and the role's session defaults up to date.
 */
export async function openServiceDatabase(
  config: DatabaseConfig,
  definition: ServiceSchema,
  options: OpenDatabaseOptions = {},
): Promise<ServiceDatabase> {
  const embedded = config.url ? undefined : await startEmbeddedPostgres(config.dataDir);
  const dataSource = createDataSource({
    ...definition,
    url: config.url ?? embedded!.url,
    poolMax: embedded ? 1 : config.poolMax,
    poolIdleMs: config.poolIdleMs,
    embedded: Boolean(embedded),
    statementTimeoutMs: options.sessionStatementTimeoutMs ?? config.statementTimeoutMs,
    transactionPooler: config.transactionPooler,
    preparedStatements: config.preparedStatements,
  });
  try {
    await dataSource.initialize();
    const applied = await migrate(dataSource, definition.schema, { sessionDefaults: { statementTimeoutMs: config.statementTimeoutMs } });
    // Not inside `onMigrated?.(...)`: an optional call skips evaluating its arguments when absent.
    options.onMigrated?.(applied);
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
