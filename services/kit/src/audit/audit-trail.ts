import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller';

/**
 * SQL that makes a table append-only: any UPDATE or DELETE raises, so a record once written stays
 * as written (audit events, disclosures). Dropping the schema is still possible for a migration's
 * `down`, which is an operator's act, not an application's.
 */
export function appendOnlySql(schema: string, table: string): { up: string[]; down: string[] } {
  const fn = `"${schema}"."${table}_append_only"`;
  return {
    up: [
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '${schema}.${table} is append-only'; END $$`,
      `CREATE TRIGGER "TRG_${table}_append_only" BEFORE UPDATE OR DELETE ON "${schema}"."${table}"
         FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    ],
    down: [`DROP TRIGGER "TRG_${table}_append_only" ON "${schema}"."${table}"`, `DROP FUNCTION ${fn}()`],
  };
}

/** The `audit_events` table of one service's schema; each service adds it with its own migration. */
export function auditTableSql(schema: string): { up: string[]; down: string[] } {
  const appendOnly = appendOnlySql(schema, 'audit_events');
  return {
    up: [
      `CREATE TABLE "${schema}".audit_events (
         id uuid PRIMARY KEY,
         occurred_at timestamptz NOT NULL DEFAULT now(),
         actor_subject text NOT NULL,
         actor_role text NOT NULL,
         request_id text NOT NULL,
         operation text NOT NULL,
         entity_type text NOT NULL,
         entity_id uuid NOT NULL,
         action text NOT NULL,
         before jsonb,
         after jsonb
       )`,
      `CREATE INDEX "IDX_audit_events_entity" ON "${schema}".audit_events (entity_type, entity_id, occurred_at, id)`,
      ...appendOnly.up,
    ],
    down: [...appendOnly.down, `DROP TABLE "${schema}".audit_events`],
  };
}

export interface AuditEvent {
  caller: Caller;
  requestId: string;
  /** The GraphQL mutation field, e.g. `approveTimeEntries`. */
  operation: string;
  entityType: string;
  entityId: string;
  /** What happened to the entity, e.g. CREATED, STATUS_CHANGED, APPROVED. */
  action: string;
  /** The entity as it was and as it is now (null when created or removed). */
  before: unknown;
  after: unknown;
}

/** One INSERT: its SQL and values, parameters numbered from the `firstParameter` it was built with. */
export interface InsertStatement {
  sql: string;
  values: unknown[];
}

/**
 * The INSERT of audit events, which the unit of work sends in the mutation's own transaction (with
 * its domain events, in one statement): the change and its record commit together or not at all.
 */
export class AuditTrail {
  constructor(private readonly schema: string) {}

  /** The INSERT of `events` (at least one). */
  insert(events: readonly AuditEvent[], firstParameter = 1): InsertStatement {
    const values: unknown[] = [];
    const rows = events.map((event, i) => {
      values.push(
        randomUUID(),
        event.caller.subject,
        event.caller.role,
        event.requestId,
        event.operation,
        event.entityType,
        event.entityId,
        event.action,
        event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
        event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
      );
      const at = firstParameter - 1 + i * 10;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8}, $${at + 9}::jsonb, $${at + 10}::jsonb)`;
    });
    return {
      sql: `INSERT INTO "${this.schema}".audit_events
         (id, actor_subject, actor_role, request_id, operation, entity_type, entity_id, action, before, after)
       VALUES ${rows.join(', ')}`,
      values,
    };
  }
}
