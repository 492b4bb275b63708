import { applyKeysetPerParent, countPerParent, type PageRequest } from '@careergraph/kit';
import type { DataSource, Repository } from 'typeorm';
import { PlacementAuditEventEntity } from '../entities/placement-audit-event.entity';

const ORDER = ['a.occurred_at', 'a.id'];

/** Pages audit events per placement (the kit's UnitOfWork writes them). */
export class AuditEventRepository {
  private readonly repository: Repository<PlacementAuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(PlacementAuditEventEntity);
  }

  static cursorOf(event: PlacementAuditEventEntity): string[] {
    return [event.occurredAt, event.id];
  }

  /** The same page of each placement's events, oldest first, one statement for all of them. */
  pageByPlacements(placementIds: readonly string[], page: PageRequest): Promise<PlacementAuditEventEntity[]> {
    return applyKeysetPerParent(this.repository.createQueryBuilder('a'), 'a.placement_id', placementIds, ORDER, page).getMany();
  }

  countByPlacements(placementIds: readonly string[]): Promise<Map<string, number>> {
    return countPerParent(this.repository.createQueryBuilder('a'), 'a.placement_id', placementIds);
  }
}
