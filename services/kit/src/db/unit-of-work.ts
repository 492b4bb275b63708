import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import { type AuditEvent, AuditTrail, type InsertStatement } from '../audit/audit-trail';
import type { Emit, EmittedEvent } from '../events/domain-event';
import { Outbox } from '../events/outbox';

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
 * One service's units of work: each mutation that writes runs its reads, writes, audit events and
 * domain events in one transaction, so they commit together or not at all. Built once per service
 * with its schema, which names the subgraph its domain events come from.
 */
export class UnitOfWork {
  private readonly trail: AuditTrail;
  private readonly outbox: Outbox;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
  ) {
    this.trail = new AuditTrail(schema);
    this.outbox = new Outbox(schema, schema);
  }

  /**
   * Runs `work` in one transaction for `operation` (the GraphQL mutation field). The changes it
   * audits and the domain events it emits are written when it returns, still inside the
   * transaction, in one statement (none when there are neither); a thrown error rolls back the
   * writes and writes neither, so no event goes out without its change, nor a change without its event.
   */
  transaction<T>(request: UnitOfWorkRequest, operation: string, work: (tx: Tx, audit: Audit, emit: Emit) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const changes: AuditedChange[] = [];
      const events: EmittedEvent[] = [];
      const result = await work(
        tx,
        (...audited) => changes.push(...audited),
        (...emitted) => events.push(...emitted),
      );
      const inserts: InsertStatement[] = [];
      if (changes.length > 0) {
        inserts.push(this.trail.insert(changes.map((change) => ({ caller: request.caller, requestId: request.requestId, operation, ...change }))));
      }
      if (events.length > 0) inserts.push(this.outbox.insert(events, (inserts[0]?.values.length ?? 0) + 1));
      const [first, second] = inserts;
      // Both in one statement: the audit INSERT as a data-modifying WITH, which always runs to completion.
      const statement = second ? { sql: `WITH audited AS (${first.sql}) ${second.sql}`, values: [...first.values, ...second.values] } : first;
      if (statement) await tx.query(statement.sql, statement.values);
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
