import { valueLoader } from '@careergraph/kit';
import type { PlacementRepository } from '../repositories/placement.repository';

export const slotsHeldByOpportunityLoader = (placements: PlacementRepository) =>
  valueLoader((ids) => placements.slotsHeldByOpportunityIds(ids), 0);
