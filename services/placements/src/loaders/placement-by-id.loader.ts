import { entityLoader } from '@careergraph/kit';
import type { PlacementRepository } from '../repositories/placement.repository';

export const placementByIdLoader = (placements: PlacementRepository) => entityLoader((ids) => placements.findByIds(ids));
