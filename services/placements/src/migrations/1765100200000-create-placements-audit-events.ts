import { auditTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const audit = auditTableSql('placements');

/**
 * The append-only audit trail of every mutation, and a view naming the placement each event
 * concerns (its own, or its time entry's, evaluation's or reflection's), for `Placement.auditTrail`.
 * Each branch of the view reaches its rows through an index when filtered by placement.
 */
export class CreatePlacementsAuditEvents1765100200000 implements MigrationInterface {
  name = 'CreatePlacementsAuditEvents1765100200000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of audit.up) await db.query(statement);
    // occurred_at as UTC text to the microsecond: it sorts as the instant does, and a cursor names it exactly.
    const columns = `e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at, e.actor_subject, e.actor_role, e.request_id,
      e.operation, e.entity_type, e.entity_id, e.action, e.before, e.after`;
    await db.query(`
      CREATE VIEW placements.placement_audit_events AS
        SELECT ${columns}, e.entity_id AS placement_id FROM placements.audit_events e
         WHERE e.entity_type IN ('Placement', 'Reflection')
        UNION ALL
        SELECT ${columns}, t.placement_id FROM placements.audit_events e JOIN placements.time_entries t ON t.id = e.entity_id
         WHERE e.entity_type = 'TimeEntry'
        UNION ALL
        SELECT ${columns}, v.placement_id FROM placements.audit_events e JOIN placements.evaluations v ON v.id = e.entity_id
         WHERE e.entity_type = 'Evaluation'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW placements.placement_audit_events`);
    for (const statement of audit.down) await db.query(statement);
  }
}
