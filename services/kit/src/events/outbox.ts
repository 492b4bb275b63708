import { randomUUID } from 'node:crypto';
import type { InsertStatement } from '../audit/audit-trail';
import type { EmittedEvent } from './domain-event';

/**
 * The `outbox_events` table of one service's schema (each service adds it with its own migration):
 * the events its units of work recorded, and the relay's progress on each. `position` keeps the
 * order they were recorded in (several share a transaction's time); the partial index serves the
 * relay's pick of due rows and shrinks as rows are relayed.
 */
export function outboxTableSql(schema: string): { up: string[]; down: string[] } {
  return {
    up: [
      `CREATE TABLE "${schema}".outbox_events (
         id uuid PRIMARY KEY,
         position bigint GENERATED ALWAYS AS IDENTITY,
         type text NOT NULL,
         occurred_at timestamptz NOT NULL DEFAULT now(),
         source text NOT NULL,
         subject_type text NOT NULL,
         subject_id uuid NOT NULL,
         partner_id uuid,
         student_id uuid,
         school_id uuid,
         data jsonb NOT NULL,
         attempts integer NOT NULL DEFAULT 0,
         next_attempt_at timestamptz NOT NULL DEFAULT now(),
         last_error text,
         relayed_at timestamptz,
         dead_at timestamptz
       )`,
      `CREATE INDEX "IDX_outbox_events_due" ON "${schema}".outbox_events (next_attempt_at, position)
         WHERE relayed_at IS NULL AND dead_at IS NULL`,
    ],
    down: [`DROP TABLE "${schema}".outbox_events`],
  };
}

/**
 * The `audience` column (kit DomainEvent): PUBLIC, or INTERNAL for events only the integrations
 * subgraph's mailer may read. Each service with an outbox adds it with its own migration.
 */
export function outboxAudienceSql(schema: string): { up: string[]; down: string[] } {
  return {
    up: [
      `ALTER TABLE "${schema}".outbox_events
         ADD COLUMN audience text NOT NULL DEFAULT 'PUBLIC' CONSTRAINT "CHK_outbox_events_audience" CHECK (audience IN ('PUBLIC', 'INTERNAL'))`,
    ],
    down: [`ALTER TABLE "${schema}".outbox_events DROP COLUMN audience`],
  };
}

/**
 * The INSERT of domain events into the outbox, which the unit of work sends in the mutation's own
 * transaction: the change and its events commit together or not at all. `source` is the subgraph
 * recording them.
 */
export class Outbox {
  constructor(
    private readonly schema: string,
    private readonly source: string,
  ) {}

  /** The INSERT of `events` (at least one). */
  insert(events: readonly EmittedEvent[], firstParameter = 1): InsertStatement {
    const values: unknown[] = [];
    const rows = events.map((event, i) => {
      values.push(
        randomUUID(),
        event.type,
        this.source,
        event.subjectType,
        event.subjectId,
        event.partnerId,
        event.studentId,
        event.schoolId,
        JSON.stringify(event.data),
        event.audience ?? 'PUBLIC',
      );
      const at = firstParameter - 1 + i * 10;
      return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8}, $${at + 9}::jsonb, $${at + 10})`;
    });
    return {
      sql: `INSERT INTO "${this.schema}".outbox_events
         (id, type, source, subject_type, subject_id, partner_id, student_id, school_id, data, audience)
       VALUES ${rows.join(', ')}`,
      values,
    };
  }
}
