import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row of the `placement_audit_events` view: an audit event (kit AuditTrail, table
 * `audit_events`) with the placement it concerns, whether the entity is the placement itself or
 * one of its time entries, evaluations or its reflection. Read-only; events are written by AuditTrail.
 */
@Entity({ name: 'placement_audit_events' })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  /** ISO-8601 UTC text to the microsecond (the view's), so a cursor names a row exactly. */
  @Column({ name: 'occurred_at', type: 'text' })
  occurredAt: string;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;
}
