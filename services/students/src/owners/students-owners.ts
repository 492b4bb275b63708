import { defineOwners, type IdentitySigner } from '@careergraph/kit';
import type { StudentsSettings } from '../config/students-settings';
import { StudentPartnerAccessFragmentDoc } from '../generated/owners/graphql';

/**
 * What students reads of the entities placements owns, and the owners whose SERVICE-only reporting
 * sets it asks (credentials, placements, experiences): per request, one batched client per owner. URLs are read
 * per request, since in-process harnesses start the other subgraphs after this one.
 */
export function studentsOwners(settings: Pick<StudentsSettings, 'entityLookupTimeoutMs' | 'reportLookupTimeoutMs'>, subgraphUrls: Record<string, string | undefined>, signer: IdentitySigner) {
  return defineOwners(
    { service: 'students', signer, timeoutMs: settings.entityLookupTimeoutMs, reportTimeoutMs: settings.reportLookupTimeoutMs },
    {
      placements: { url: () => subgraphUrls.placements, reads: [StudentPartnerAccessFragmentDoc], variables: { partnerId: 'ID!' } },
      credentials: { url: () => subgraphUrls.credentials, reads: [] },
      experiences: { url: () => subgraphUrls.experiences, reads: [] },
    },
  );
}

export type StudentsOwners = ReturnType<ReturnType<typeof studentsOwners>>;
