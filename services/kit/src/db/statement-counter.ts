import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface Tally {
  statements: number;
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
export function withStatementTally<T>(work: () => T): T {
  return tallies.run({ statements: 0 }, work);
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

/** The TypeORM logger every DataSource gets: it only counts; errors surface through exceptions. */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const tally = tallies.getStore();
    if (tally) tally.statements++;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
