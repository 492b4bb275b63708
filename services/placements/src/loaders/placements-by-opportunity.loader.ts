import { connectionLoader } from '@careergraph/kit';
import type { PlacementEntity } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';
import type { PlacementScope } from '../services/placement-scope';

/** An opportunity's `placements(first, after)` the caller may reach, batched across the opportunities of a page. */
export function placementsByOpportunityLoader(placements: PlacementRepository, scope: PlacementScope) {
  return connectionLoader<PlacementEntity, null>({
    page: (opportunityIds, _, page) => placements.pageByParents('opportunity', opportunityIds, { scope }, page),
    count: (opportunityIds) => placements.countByParents('opportunity', opportunityIds, { scope }),
    parentOf: (placement) => placement.opportunityId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
