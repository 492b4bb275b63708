import path from 'node:path';
import { DEFAULT_PREPARED_STATEMENTS } from '../db/prepared-statements';
import { readSubgraphUrls } from '../subgraphs';
import { EnvReader } from './env';

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface CommonConfig {
  nodeEnv: NodeEnv;
  production: boolean;
  logLevel: LogLevel;
  host: string;
  /**
   * `SUBGRAPH_SIGNING_SECRETS`, comma-separated, current first: the gateway signs the forwarded
   * identity with the first and every subgraph accepts any listed one (rotation: docs/security.md). Required
   * in production; elsewhere empty selects the development secret.
   */
  signingSecrets: string[];
}

/**
 * How long an idle pooled connection is kept. pg's own 10 s closed a subgraph's connections
 * between bursts of traffic, and the next burst paid for new backends, cold caches and statements
 * prepared again: PostgreSQL's CPU per full view doubled in a bench window after 10 s idle.
 */
export const DEFAULT_POOL_IDLE_MS = 60_000;

export interface DatabaseConfig {
  /** A PostgreSQL server; undefined selects the embedded PGlite database. */
  url: string | undefined;
  /** Where the embedded database keeps its files (one folder per service). */
  dataDir: string;
  poolMax: number;
  /** How long an idle pooled connection stays open (`DB_POOL_IDLE_MS`). */
  poolIdleMs: number;
  statementTimeoutMs: number;
  /**
   * `DB_TRANSACTION_POOLER`: connections go through a transaction-mode pooler (PgBouncer), so they
   * send no startup settings and prepare no statements (db/data-source createDataSource).
   */
  transactionPooler: boolean;
  /** Statements each server connection keeps prepared; 0 prepares none (db/prepared-statements). */
  preparedStatements: number;
}

export interface SubgraphConfig extends CommonConfig {
  service: string;
  port: number;
  database: DatabaseConfig;
  /** Seed the deterministic demo data set when the service's schema is empty. */
  seedDemo: boolean;
  /** Where every subgraph answers, for services that look up other services' entities. */
  subgraphUrls: Record<string, string>;
}

/** The repository root, so `.data/` lands in one place whichever workspace a process starts in. */
export const repoRoot = path.resolve(__dirname, '../../../..');

function readNodeEnv(env: EnvReader): NodeEnv {
  return env.oneOf<NodeEnv>('NODE_ENV', ['development', 'test', 'production'], 'development');
}

export function readCommonConfig(env: EnvReader): CommonConfig {
  const nodeEnv = readNodeEnv(env);
  return {
    nodeEnv,
    production: nodeEnv === 'production',
    logLevel: env.oneOf<LogLevel>(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    host: env.string('HOST', '127.0.0.1'),
    signingSecrets: readSigningSecrets(env, nodeEnv === 'production'),
  };
}

const MIN_SECRET_LENGTH = 32;

function readSigningSecrets(env: EnvReader, production: boolean): string[] {
  const name = 'SUBGRAPH_SIGNING_SECRETS';
  const secrets = (production ? env.required(name) : env.string(name, ''))
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (secrets.some((secret) => secret.length < MIN_SECRET_LENGTH)) {
    env.reject(name, `each secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return secrets;
}

/**
 * Configuration of one subgraph. `<SERVICE>_DATABASE_URL` overrides `DATABASE_URL`, so services can
 * be split across servers; `<SERVICE>_PORT` moves the port.
 */
export function loadSubgraphConfig(
  service: string,
  defaultPort: number,
  source: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  const env = new EnvReader(source);
  const prefix = service.toUpperCase();
  const common = readCommonConfig(env);
  const config: SubgraphConfig = {
    ...common,
    service,
    port: env.port(`${prefix}_PORT`, defaultPort),
    database: readDatabaseConfig(env, service, common.production),
    seedDemo: env.bool('SEED_DEMO', false),
    subgraphUrls: readSubgraphUrls(env),
  };
  env.done();
  return config;
}

/**
 * The database settings alone, for jobs that need nothing else of a service (`npm run migrate`: the
 * deployment's migrate job has no use for signing secrets).
 */
export function loadDatabaseConfig(service: string, source: Record<string, string | undefined> = process.env): DatabaseConfig {
  const env = new EnvReader(source);
  const database = readDatabaseConfig(env, service, readNodeEnv(env) === 'production');
  env.done();
  return database;
}

function readDatabaseConfig(env: EnvReader, service: string, production: boolean): DatabaseConfig {
  const prefix = service.toUpperCase();
  const pgProtocols = ['postgres:', 'postgresql:'];
  const url = env.url(`${prefix}_DATABASE_URL`, pgProtocols) ?? env.url('DATABASE_URL', pgProtocols);
  // The embedded database is for development and tests: production never falls back to it.
  if (production && !url) env.reject('DATABASE_URL', `is required in production (or ${prefix}_DATABASE_URL); without it the service would run on a private embedded database`);
  const transactionPooler = env.bool('DB_TRANSACTION_POOLER', false);
  const preparedStatements = env.int('DB_PREPARED_STATEMENTS', transactionPooler ? 0 : DEFAULT_PREPARED_STATEMENTS, { min: 0, max: 10_000 });
  if (transactionPooler && preparedStatements > 0) {
    env.reject('DB_PREPARED_STATEMENTS', 'must be 0 with DB_TRANSACTION_POOLER: a prepared statement lives on one server session, and the pooler moves each transaction to any of them');
  }
  return {
    url,
    dataDir: path.resolve(env.string('DATA_DIR', path.join(repoRoot, '.data')), service),
    poolMax: env.int('DB_POOL_MAX', url ? 10 : 1, { min: 1, max: 200 }),
    poolIdleMs: env.int('DB_POOL_IDLE_MS', DEFAULT_POOL_IDLE_MS, { min: 1_000, max: 3_600_000 }),
    statementTimeoutMs: env.int('DB_STATEMENT_TIMEOUT_MS', 15_000, { min: 100 }),
    transactionPooler,
    preparedStatements,
  };
}
