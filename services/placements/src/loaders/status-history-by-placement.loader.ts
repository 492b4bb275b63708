import { groupLoader } from '@careergraph/kit';
import type { PlacementRepository } from '../repositories/placement.repository';

export const statusHistoryByPlacementLoader = (placements: PlacementRepository) =>
  groupLoader((ids) => placements.statusChangesByPlacementIds(ids), (change) => change.placementId);
