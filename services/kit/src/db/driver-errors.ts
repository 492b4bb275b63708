import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

/** The constraint a unique violation hit, so a repository can turn a lost race into a clear error. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as PgDriverError;
  return driverError.code === '23505' ? (driverError.constraint ?? '') : undefined;
}

/** Escapes LIKE wildcards in user text so a search for "50%" matches literally. */
export function likePrefix(text: string): string {
  return `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** How long a client should wait before retrying after the database was unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors: the database's address cannot be reached, or the connection was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATEs of a server that is restarting, shutting down or out of connections (class 08 is added below). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** `query_canceled`: here, the statement timeout (DB_STATEMENT_TIMEOUT_MS); nothing else cancels statements. */
const STATEMENT_TIMEOUT_SQLSTATE = '57014';

/** What node-postgres and its pool say when a connection dies or cannot be had in time (they carry no code). */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
];

export type DatabaseOutage = 'unreachable' | 'timeout';

/**
 * Whether `error` means the database could not answer (unreachable, restarting, out of connections,
 * or past the statement timeout) rather than that the statement was wrong: the one place the kit
 * classifies PostgreSQL connection failures, however they arrive (a socket error, a pg error, the
 * same wrapped in TypeORM's QueryFailedError or in an `AggregateError` of several addresses).
 */
export function databaseOutage(error: unknown, depth = 0): DatabaseOutage | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code === STATEMENT_TIMEOUT_SQLSTATE) return 'timeout';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return 'unreachable';
  }
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return 'unreachable';
  const nested = [
    (error as { driverError?: unknown }).driverError,
    (error as { cause?: unknown }).cause,
    ...(error instanceof AggregateError ? error.errors.slice(0, 1) : []),
  ];
  for (const inner of nested) {
    const outage = databaseOutage(inner, depth + 1);
    if (outage) return outage;
  }
  return undefined;
}
