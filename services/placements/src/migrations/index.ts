import { CreatePlacementsSchema1763900000000 } from './1763900000000-create-placements-schema';
import { IndexOpportunityPlacementsOrder1764000000000 } from './1764000000000-index-opportunity-placements-order';

/** In order; a new migration is appended here. */
export const placementsMigrations = [CreatePlacementsSchema1763900000000, IndexOpportunityPlacementsOrder1764000000000];
