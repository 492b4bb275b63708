import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** One SQL statement as the driver sent it, for EXPLAIN in the benchmark. */
export interface LoggedStatement {
  sql: string;
  parameters?: unknown[];
}

interface Tally {
  statements: number;
  /** Kept only when the request asked for its statements' text. */
  log?: LoggedStatement[];
}

const tallies = new AsyncLocalStorage<Tally>();

/**
 * Counts the SQL statements a piece of work sends, following it through promises and DataLoader
 * batches (AsyncLocalStorage). Tests use it to prove an operation's statement count does not grow
 * with its page size; the benchmark prints it per operation.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally: Tally = { statements: 0 };
  const result = await tallies.run(tally, work);
  return { result, statements: tally.statements };
}

/**
 * Runs one request's work inside its own tally, so `statementsSoFar` can report what it sent.
 * Unlike `countStatements` the caller reads the count before the work ends (a server writes it into
 * the response it is about to send).
 */
export function withStatementTally<T>(work: () => T, options: { log?: boolean } = {}): T {
  return tallies.run(options.log ? { statements: 0, log: [] } : { statements: 0 }, work);
}

/** The statements sent so far by the current tally, when it keeps their text. */
export function statementLogSoFar(): LoggedStatement[] | undefined {
  return tallies.getStore()?.log;
}

/** Adds statements logged on this work's behalf elsewhere (the gateway adds what subgraphs report). */
export function addStatementLog(entries: unknown): void {
  const log = tallies.getStore()?.log;
  if (log && Array.isArray(entries)) log.push(...(entries as LoggedStatement[]));
}

/** Statements sent so far by the current tally; undefined outside one. */
export function statementsSoFar(): number | undefined {
  return tallies.getStore()?.statements;
}

/** Adds statements sent on this work's behalf elsewhere (the gateway adds what subgraphs report). */
export function addStatements(count: number): void {
  const tally = tallies.getStore();
  if (tally && Number.isInteger(count) && count > 0) tally.statements += count;
}

/** Counts one statement sent outside TypeORM (the kit's EntityReader) in the current tally, if any. */
export function recordStatement(sql: string, parameters?: unknown[]): void {
  const tally = tallies.getStore();
  if (!tally) return;
  tally.statements++;
  tally.log?.push({ sql, parameters });
}

/** The TypeORM logger every DataSource gets: it only counts; errors surface through exceptions. */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(query: string, parameters?: unknown[]): void {
    recordStatement(query, parameters);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
