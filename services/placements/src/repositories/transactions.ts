import type { DataSource, EntityManager } from 'typeorm';

/** A unit of work: repositories take it so several writes (and their locks) share one transaction. */
export type Tx = EntityManager;

export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Serializes writers on one key until the transaction ends (e.g. the last slot of an opportunity,
   * or one student's hours), so the re-count that follows sees every committed competitor.
   */
  async lock(tx: Tx, key: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }
}
