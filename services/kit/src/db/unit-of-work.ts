import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import { type AuditEvent, AuditTrail } from '../audit/audit-trail';

/** The transaction repositories take, so several writes (and their locks) share one. */
export type Tx = EntityManager;

/** What one change did to one entity, as its audit event records it. */
export type AuditedChange = Pick<AuditEvent, 'entityType' | 'entityId' | 'action' | 'before' | 'after'>;

/** Records changes in the audit trail of the transaction it was handed with. */
export type Audit = (...changes: AuditedChange[]) => void;

/** The request a unit of work runs for: its caller and id go into every audit event. */
export interface UnitOfWorkRequest {
  caller: Caller;
  requestId: string;
}

/**
 * One service's units of work: each mutation that writes runs its reads, writes and audit events
 * in one transaction, so they commit together or not at all. Built once per service with its schema.
 */
export class UnitOfWork {
  private readonly trail: AuditTrail;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
  ) {
    this.trail = new AuditTrail(schema);
  }

  /**
   * Runs `work` in one transaction for `operation` (the GraphQL mutation field). The changes it
   * audits are written as one INSERT when it returns, still inside the transaction; a thrown error
   * rolls back the writes and writes no events.
   */
  transaction<T>(request: UnitOfWorkRequest, operation: string, work: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const changes: AuditedChange[] = [];
      const result = await work(tx, (...audited) => changes.push(...audited));
      await this.trail.record(
        tx,
        changes.map((change) => ({ caller: request.caller, requestId: request.requestId, operation, ...change })),
      );
      return result;
    });
  }

  /**
   * Serializes writers on one key until the transaction ends (e.g. the last slot of an opportunity,
   * or one student's hours), so the re-count that follows sees every committed competitor.
   */
  async lock(tx: Tx, key: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }
}
