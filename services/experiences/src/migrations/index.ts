import { CreateExperiencesSchema1769500000000 } from './1769500000000-create-experiences-schema';

/** In order; a new migration is appended here. */
export const experiencesMigrations = [CreateExperiencesSchema1769500000000];
