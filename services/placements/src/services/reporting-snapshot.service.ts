import {
  EntityClient,
  type IdentitySigner,
  STUDENT_REPORTING_FIELDS,
  type StudentReportingRef,
  studentReportingSnapshot,
} from '@careergraph/kit';
import DataLoader from 'dataloader';
import type { PlacementsSettings } from '../config/placements-config';
import type { PlacementsContext } from '../context';
import type { PlacementReportingSnapshotEntity } from '../entities/placement-reporting-snapshot.entity';
import type { PlacementEntity } from '../entities/placement.entity';

/** What a placement is reported under from the opportunity (owned by the partners subgraph). */
export interface OpportunityReportingRef {
  id: string;
  continuumType: string;
  cedsType: string;
  careerCluster: string;
  partner: { industrySector: string };
}

const OPPORTUNITY_REPORTING_FIELDS = 'id continuumType cedsType careerCluster partner { industrySector }';

/** Per-request SERVICE lookups for reporting snapshots, batched like the reference checks. */
export function createReportingLookups(settings: PlacementsSettings, signer: IdentitySigner, requestId: string) {
  const common = { service: 'placements', signer, timeoutMs: settings.entityLookupTimeoutMs, headers: () => ({ 'x-request-id': requestId }) };
  const students = new EntityClient({ ...common, subgraph: 'students', url: settings.studentsUrl });
  const partners = new EntityClient({ ...common, subgraph: 'partners', url: settings.partnersUrl });
  return {
    student: new DataLoader<string, StudentReportingRef | null>((ids) =>
      students.lookup<StudentReportingRef>('Student', ids, STUDENT_REPORTING_FIELDS),
    ),
    opportunity: new DataLoader<string, OpportunityReportingRef | null>((ids) =>
      partners.lookup<OpportunityReportingRef>('Opportunity', ids, OPPORTUNITY_REPORTING_FIELDS),
    ),
  };
}

export type ReportingLookups = ReturnType<typeof createReportingLookups>;

/**
 * The snapshot a new placement is reported under: the student's grade, subgroups and programs that
 * year, and the opportunity's kind, cluster and industry, as they are now. Taken before the
 * placement's transaction (the owners answer over HTTP) and written inside it.
 */
export async function placementReportingSnapshot(placement: PlacementEntity, context: PlacementsContext): Promise<PlacementReportingSnapshotEntity> {
  const [student, opportunity] = await Promise.all([
    context.reporting.student.load(placement.studentId),
    context.reporting.opportunity.load(placement.opportunityId),
  ]);
  // The reference checks just found both; a vanished one is the owner's inconsistency, not the client's.
  if (!student || !opportunity) throw new Error(`reporting snapshot of placement ${placement.id}: student or opportunity not found`);
  return {
    placementId: placement.id,
    ...studentReportingSnapshot(student, placement.schoolYear, placement.schoolId),
    wblContinuumType: opportunity.continuumType,
    wblCedsType: opportunity.cedsType,
    opportunityCareerCluster: opportunity.careerCluster,
    industry: opportunity.partner.industrySector,
  };
}
