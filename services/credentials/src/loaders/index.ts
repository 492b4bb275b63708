import type { Caller } from '@careergraph/kit';
import type { CredentialsRepositories } from '../repositories';
import { awardByIdLoader } from './award-by-id.loader';
import { awardsByStudentLoader } from './awards-by-student.loader';
import { credentialByIdLoader } from './credential-by-id.loader';
import { departmentAwardsByStudentLoader } from './department-awards-by-student.loader';
import { credentialsByIssuerLoader } from './credentials-by-issuer.loader';
import { creditHoursByStudentLoader } from './credit-hours-by-student.loader';
import { readinessByStudentLoader } from './readiness-by-student.loader';

/** A fresh set per request, so no cached row outlives the request that read it. */
export function createCredentialsLoaders(repositories: CredentialsRepositories, caller: Caller) {
  return {
    credentialById: credentialByIdLoader(repositories.credentials),
    credentialsByIssuer: credentialsByIssuerLoader(repositories.credentials),
    awardById: awardByIdLoader(repositories.awards),
    awardsByStudent: awardsByStudentLoader(repositories.awards),
    creditHoursByStudent: creditHoursByStudentLoader(repositories.awards),
    readinessByStudent: readinessByStudentLoader(repositories.readiness),
    auditTrailByAward: repositories.auditEvents.trailLoader('CredentialAward'),
    departmentAwardsByStudent: departmentAwardsByStudentLoader(repositories.awards, caller.scope.department),
  };
}

export type CredentialsLoaders = ReturnType<typeof createCredentialsLoaders>;
