import { connectionLoader, type RowFilter } from '@careergraph/kit';
import type { PlacementEntity, PlacementStatus } from '../entities/placement.entity';
import { PlacementRepository } from '../repositories/placement.repository';

/** An opportunity's `placements(first, after)` or `applications(status, …)` the caller may reach, batched across the opportunities of a page. */
export function placementsByOpportunityLoader(placements: PlacementRepository, scope: RowFilter) {
  return connectionLoader<PlacementEntity, { status?: PlacementStatus | null }>({
    page: (opportunityIds, { status }, page) => placements.pageByParents('opportunity', opportunityIds, { status: status ?? undefined, scope }, page),
    count: (opportunityIds, { status }) => placements.countByParents('opportunity', opportunityIds, { status: status ?? undefined, scope }),
    parentOf: (placement) => placement.opportunityId,
    cursorOf: PlacementRepository.cursorOf,
    arity: 2,
  });
}
