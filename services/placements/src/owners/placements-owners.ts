import { defineOwners, type IdentitySigner, type WithFields, withFields } from '@careergraph/kit';
import type { PlacementsSettings } from '../config/placements-settings';
import {
  AgreementOpportunityFragmentDoc,
  AgreementStudentFragmentDoc,
  AgreementSupervisorFragmentDoc,
  PlacementOpportunityFragmentDoc,
  PlacementOpportunityReportingFragmentDoc,
  PlacementProgramFragmentDoc,
  type PlacementStudentFragment,
  PlacementStudentFragmentDoc,
  PlacementSupervisorFragmentDoc,
  StudentReportingFragmentDoc,
} from '../generated/owners/graphql';

/**
 * What placements reads of the entities students and partners own (the fragments in this folder),
 * and the experiences subgraph's attendance facts: per request, one batched client per owner, so a
 * placement's student, opportunity and supervisor with their reporting attributes take one request
 * to each owner.
 */
export function placementsOwners(settings: PlacementsSettings, signer: IdentitySigner) {
  return defineOwners(
    { service: 'placements', signer, timeoutMs: settings.entityLookupTimeoutMs, reportTimeoutMs: settings.reportLookupTimeoutMs },
    {
      students: { url: settings.studentsUrl, reads: [PlacementStudentFragmentDoc, StudentReportingFragmentDoc, PlacementProgramFragmentDoc, AgreementStudentFragmentDoc] },
      partners: {
        url: settings.partnersUrl,
        reads: [PlacementOpportunityFragmentDoc, PlacementOpportunityReportingFragmentDoc, PlacementSupervisorFragmentDoc, AgreementOpportunityFragmentDoc, AgreementSupervisorFragmentDoc],
      },
      // Only its SERVICE-only attendance facts, for the work-based learning metrics.
      experiences: { url: settings.experiencesUrl, reads: [] },
    },
  );
}

export type PlacementsOwners = ReturnType<ReturnType<typeof placementsOwners>>;

const STUDENT_FACTS = ['dateOfBirth', 'gradeLevel', 'enrollmentStatus', 'school'] as const;

/** A placement's student: the facts eligibility and scope need, always sent to SERVICE. */
export type PlacementStudent = WithFields<PlacementStudentFragment, (typeof STUDENT_FACTS)[number]>;

export async function lookUpStudent(owners: PlacementsOwners, id: string): Promise<PlacementStudent | null> {
  const student = await owners.students.load(PlacementStudentFragmentDoc, id);
  return student && withFields(student, STUDENT_FACTS, `student ${id}`);
}

export type {
  PlacementOpportunityFragment as PlacementOpportunity,
  PlacementProgramFragment as PlacementProgram,
  PlacementSupervisorFragment as PlacementSupervisor,
} from '../generated/owners/graphql';
