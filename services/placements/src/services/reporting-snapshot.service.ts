import { STUDENT_REPORTING_FACTS, studentReportingSnapshot, withFields } from '@careergraph/kit';
import type { PlacementsContext } from '../context';
import type { PlacementReportingSnapshotEntity } from '../entities/placement-reporting-snapshot.entity';
import type { PlacementEntity } from '../entities/placement.entity';
import { PlacementOpportunityReportingFragmentDoc, StudentReportingFragmentDoc } from '../generated/owners/graphql';

/**
 * The snapshot a new placement is reported under: the student's grade, subgroups and programs that
 * year, and the opportunity's kind, cluster and industry, as they are now. Taken before the
 * placement's transaction (the owners answer over HTTP) and written inside it.
 */
export async function placementReportingSnapshot(placement: PlacementEntity, context: PlacementsContext): Promise<PlacementReportingSnapshotEntity> {
  // The reference checks asked the owners for these entities with these fields too: both come from the request's cache.
  const [student, opportunity] = await Promise.all([
    context.owners.students.load(StudentReportingFragmentDoc, placement.studentId),
    context.owners.partners.load(PlacementOpportunityReportingFragmentDoc, placement.opportunityId),
  ]);
  // The reference checks just found both; a vanished one is the owner's inconsistency, not the client's.
  if (!student || !opportunity) throw new Error(`reporting snapshot of placement ${placement.id}: student or opportunity not found`);
  return {
    placementId: placement.id,
    ...studentReportingSnapshot(withFields(student, STUDENT_REPORTING_FACTS, `student ${student.id}`), placement.schoolYear, placement.schoolId),
    wblContinuumType: opportunity.continuumType,
    wblCedsType: opportunity.cedsType,
    opportunityCareerCluster: opportunity.careerCluster,
    industry: opportunity.partner.industrySector,
  };
}
