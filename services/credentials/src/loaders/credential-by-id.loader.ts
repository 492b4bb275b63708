import { entityLoader } from '@careergraph/kit';
import type { CredentialRepository } from '../repositories/credential.repository';

export const credentialByIdLoader = (credentials: CredentialRepository) => entityLoader((ids) => credentials.findByIds(ids));
