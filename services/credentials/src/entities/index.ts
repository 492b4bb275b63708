import { CredentialAwardEntity } from './credential-award.entity';
import { CredentialEntity } from './credential.entity';
import { ReadinessDeterminationEntity } from './readiness-determination.entity';

export { CredentialAwardEntity, CredentialEntity, ReadinessDeterminationEntity };

export const credentialsEntities = [CredentialEntity, CredentialAwardEntity, ReadinessDeterminationEntity];
