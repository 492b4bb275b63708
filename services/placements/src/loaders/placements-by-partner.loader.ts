import { connectionLoader, type RowFilter } from '@careergraph/kit';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';

/** A partner's `placements(status, first, after)` the caller may reach, batched across the partners of a page. */
export function placementsByPartnerLoader(placements: PlacementRepository, scope: RowFilter) {
  return connectionLoader<PlacementEntity, { status?: PlacementStatus | null }>({
    page: (partnerIds, { status }, page) => placements.pageByParents('partner', partnerIds, { status: status ?? undefined, scope }, page),
    count: (partnerIds, { status }) => placements.countByParents('partner', partnerIds, { status: status ?? undefined, scope }),
    parentOf: (placement) => placement.partnerId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
