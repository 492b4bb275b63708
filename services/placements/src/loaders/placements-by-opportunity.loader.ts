import { connectionLoader } from '@careergraph/kit';
import type { PlacementEntity } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';

/** An opportunity's `placements(first, after)`, batched across the opportunities of a page. */
export function placementsByOpportunityLoader(placements: PlacementRepository) {
  return connectionLoader<PlacementEntity, null>({
    page: (opportunityIds, _, page) => placements.pageByParents('opportunity', opportunityIds, {}, page),
    count: (opportunityIds) => placements.countByParents('opportunity', opportunityIds, {}),
    parentOf: (placement) => placement.opportunityId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
