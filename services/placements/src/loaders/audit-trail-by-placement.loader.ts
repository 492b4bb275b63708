import { connectionLoader } from '@careergraph/kit';
import type { AuditEventEntity } from '../entities/audit-event.entity';
import { AuditEventRepository } from '../repositories/audit-event.repository';

/** A placement's `auditTrail(first, after)`, batched across the placements of a page. */
export function auditTrailByPlacementLoader(auditEvents: AuditEventRepository) {
  return connectionLoader<AuditEventEntity, null>({
    page: (placementIds, _, page) => auditEvents.pageByPlacements(placementIds, page),
    count: (placementIds) => auditEvents.countByPlacements(placementIds),
    parentOf: (event) => event.placementId,
    cursorOf: AuditEventRepository.cursorOf,
    arity: 2,
  });
}
