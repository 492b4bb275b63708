import { defineOwners, type IdentitySigner } from '@careergraph/kit';
import type { CredentialsSettings } from '../config/credentials-settings';
import { CredentialIssuerFragmentDoc, CredentialsStudentFragmentDoc, StudentReportingFragmentDoc } from '../generated/owners/graphql';

/**
 * What credentials reads of the entities students and partners own (the fragments in this folder):
 * per request, one batched client per owner, so recording an award asks for its student once.
 */
export function credentialsOwners(config: CredentialsSettings, signer: IdentitySigner) {
  return defineOwners(
    { service: 'credentials', signer, timeoutMs: config.entityLookupTimeoutMs },
    {
      students: { url: config.studentsUrl, reads: [CredentialsStudentFragmentDoc, StudentReportingFragmentDoc] },
      partners: { url: config.partnersUrl, reads: [CredentialIssuerFragmentDoc] },
    },
  );
}

export type CredentialsOwners = ReturnType<ReturnType<typeof credentialsOwners>>;
