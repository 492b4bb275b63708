import { CreatePartnersSchema1763900000000 } from './1763900000000-create-partners-schema';

/** In order; a new migration is appended here. */
export const partnersMigrations = [CreatePartnersSchema1763900000000];
