import { type DataSource, Column, Entity, PrimaryColumn, type Repository, type SelectQueryBuilder } from 'typeorm';
import { applyKeysetPerParent, countPerParent } from '../db/keyset';
import { type ConnectionLoader, connectionLoader } from '../loaders/batch-loaders';

/**
 * The columns of an audit event, whatever relation it is read from; entities extend it with
 * `occurredAt` in the type their cursors need.
 */
export abstract class AuditEventColumns {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

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

/**
 * A row of a service's `audit_events` table (`auditTableSql`), in the service's own schema: list it
 * in the service's entities to read its trail. `UnitOfWork` writes the rows (kit AuditTrail).
 */
@Entity({ name: 'audit_events' })
export class AuditEventEntity extends AuditEventColumns {
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

// Cursors carry JavaScript dates (milliseconds) while PostgreSQL keeps microseconds: compare at the
// cursor's precision so the row a cursor names is never read again on the next page.
const ORDER = [`date_trunc('milliseconds', e.occurred_at)`, 'e.id'];

/** Reads a service's audit trail per entity, oldest first, as Relay connections. */
export class AuditEventReader {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  static cursorOf(event: AuditEventEntity): string[] {
    return [event.occurredAt.toISOString(), event.id];
  }

  /**
   * A per-request loader of `auditTrail(first, after)` for entities of one type: the entities of a
   * page share one windowed statement (and one count when `totalCount` is selected).
   */
  trailLoader(entityType: string): ConnectionLoader<AuditEventEntity, Record<string, never>> {
    return connectionLoader<AuditEventEntity, Record<string, never>>({
      page: (entityIds, _, page) => applyKeysetPerParent(this.ofType(entityType), 'e.entity_id', entityIds, ORDER, page).getMany(),
      count: (entityIds) => countPerParent(this.ofType(entityType), 'e.entity_id', entityIds),
      parentOf: (event) => event.entityId,
      cursorOf: AuditEventReader.cursorOf,
      arity: 2,
    });
  }

  private ofType(entityType: string): SelectQueryBuilder<AuditEventEntity> {
    return this.events.createQueryBuilder('e').where('e.entity_type = :entityType', { entityType });
  }
}
