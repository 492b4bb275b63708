import { connectionLoader } from '@careergraph/kit';
import type { PlacementAuditEventEntity } from '../entities/placement-audit-event.entity';
import { AuditEventRepository } from '../repositories/audit-event.repository';

/** A placement's `auditTrail(first, after)`, batched across the placements of a page. */
export function auditTrailByPlacementLoader(auditEvents: AuditEventRepository) {
  return connectionLoader<PlacementAuditEventEntity, null>({
    page: (placementIds, _, page) => auditEvents.pageByPlacements(placementIds, page),
    count: (placementIds) => auditEvents.countByPlacements(placementIds),
    parentOf: (event) => event.placementId,
    cursorOf: AuditEventRepository.cursorOf,
    arity: 2,
  });
}
