import { CreatePlacementsSchema1763900000000 } from './1763900000000-create-placements-schema';

/** In order; a new migration is appended here. */
export const placementsMigrations = [CreatePlacementsSchema1763900000000];
