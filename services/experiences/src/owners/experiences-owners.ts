import { defineOwners, type IdentitySigner } from '@careergraph/kit';
import type { ExperiencesSettings } from '../config/experiences-settings';
import { ExperienceHostFragmentDoc, ExperienceSchoolFragmentDoc, StudentReportingFragmentDoc } from '../generated/owners/graphql';

/**
 * What experiences reads of the entities students and partners own (the fragments in this folder):
 * per request, one batched client per owner, so a roster of 2,000 asks for its students in chunks
 * of one request each, once.
 */
export function experiencesOwners(config: ExperiencesSettings, signer: IdentitySigner) {
  return defineOwners(
    { service: 'experiences', signer, timeoutMs: config.entityLookupTimeoutMs },
    {
      students: { url: config.studentsUrl, reads: [StudentReportingFragmentDoc, ExperienceSchoolFragmentDoc] },
      partners: { url: config.partnersUrl, reads: [ExperienceHostFragmentDoc] },
    },
  );
}

export type ExperiencesOwners = ReturnType<ReturnType<typeof experiencesOwners>>;
