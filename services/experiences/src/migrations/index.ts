import { CreateExperiencesSchema1769500000000 } from './1769500000000-create-experiences-schema';
import { ExperiencesOutboxAudience1769800000000 } from './1769800000000-outbox-audience';

/** In order; a new migration is appended here. */
export const experiencesMigrations = [CreateExperiencesSchema1769500000000, ExperiencesOutboxAudience1769800000000];
