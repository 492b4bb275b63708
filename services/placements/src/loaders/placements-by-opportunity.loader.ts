import { connectionLoader, type RowFilter } from '@careergraph/kit';
import type { PlacementEntity } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';

/** An opportunity's `placements(first, after)` the caller may reach, batched across the opportunities of a page. */
export function placementsByOpportunityLoader(placements: PlacementRepository, scope: RowFilter) {
  return connectionLoader<PlacementEntity, null>({
    page: (opportunityIds, _, page) => placements.pageByParents('opportunity', opportunityIds, { scope }, page),
    count: (opportunityIds) => placements.countByParents('opportunity', opportunityIds, { scope }),
    parentOf: (placement) => placement.opportunityId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
