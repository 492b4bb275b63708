import { CreateCredentialsSchema1764000000000 } from './1764000000000-create-credentials-schema';

/** In order; a new migration is appended here. */
export const credentialsMigrations = [CreateCredentialsSchema1764000000000];
