import { defineOwners, type IdentitySigner } from '@careergraph/kit';
import type { PartnersSettings } from '../config/partners-settings';
import { MatchingStudentFragmentDoc } from '../generated/owners/graphql';

/**
 * What partners reads of other subgraphs for a student's matches: the student's facts from
 * students (the fragment in this folder), the slots held from placements' SERVICE-only reporting
 * field. URLs are read per request, since in-process harnesses start the other subgraphs after this one.
 */
export function partnersOwners(
  settings: Pick<PartnersSettings, 'entityLookupTimeoutMs'>,
  subgraphUrls: Record<string, string | undefined>,
  signer: IdentitySigner,
) {
  return defineOwners(
    { service: 'partners', signer, timeoutMs: settings.entityLookupTimeoutMs },
    {
      students: { url: () => subgraphUrls.students, reads: [MatchingStudentFragmentDoc] },
      placements: { url: () => subgraphUrls.placements, reads: [] },
    },
  );
}

export type PartnersOwners = ReturnType<ReturnType<typeof partnersOwners>>;
