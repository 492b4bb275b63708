import { connectionLoader } from '@careergraph/kit';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';

/** A partner's `placements(status, first, after)`, batched across the partners of a page. */
export function placementsByPartnerLoader(placements: PlacementRepository) {
  return connectionLoader<PlacementEntity, { status?: PlacementStatus | null }>({
    page: (partnerIds, { status }, page) => placements.pageByParents('partner', partnerIds, { status: status ?? undefined }, page),
    count: (partnerIds, { status }) => placements.countByParents('partner', partnerIds, { status: status ?? undefined }),
    parentOf: (placement) => placement.partnerId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
