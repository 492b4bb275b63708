import { AuditEventColumns } from '@careergraph/kit';
import { Column, Entity } from 'typeorm';

/**
 * One row of the `placement_audit_events` view: an audit event (kit AuditEventColumns, table
 * `audit_events`) with the placement it concerns, whether the entity is the placement itself or
 * one of its time entries, evaluations or its reflection. Read-only; the kit's UnitOfWork writes events.
 */
@Entity({ name: 'placement_audit_events' })
export class PlacementAuditEventEntity extends AuditEventColumns {
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  /** ISO-8601 UTC text to the microsecond (the view's), so a cursor names a row exactly. */
  @Column({ name: 'occurred_at', type: 'text' })
  occurredAt: string;
}
