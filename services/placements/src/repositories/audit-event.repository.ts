import { applyKeysetPerParent, AuditTrail, type AuditEvent, countPerParent, type PageRequest } from '@careergraph/kit';
import type { DataSource, Repository } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';
import type { Tx } from './transactions';

const ORDER = ['a.occurred_at', 'a.id'];

/** Writes audit events in a mutation's transaction (kit AuditTrail) and pages them per placement. */
export class AuditEventRepository {
  private readonly trail = new AuditTrail('placements');
  private readonly repository: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(AuditEventEntity);
  }

  static cursorOf(event: AuditEventEntity): string[] {
    return [event.occurredAt, event.id];
  }

  /** One INSERT for all the events, in the caller's transaction. */
  record(tx: Tx, events: readonly AuditEvent[]): Promise<void> {
    return this.trail.record(tx, events);
  }

  /** The same page of each placement's events, oldest first, one statement for all of them. */
  pageByPlacements(placementIds: readonly string[], page: PageRequest): Promise<AuditEventEntity[]> {
    return applyKeysetPerParent(this.repository.createQueryBuilder('a'), 'a.placement_id', placementIds, ORDER, page).getMany();
  }

  countByPlacements(placementIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.repository.createQueryBuilder('a'), 'a.placement_id', placementIds);
  }
}
