import type { PlacementsRepositories } from '../repositories';
import type { RowFilter } from '@careergraph/kit';
import { auditTrailByPlacementLoader } from './audit-trail-by-placement.loader';
import { approvedMinutesByStudentLoader } from './approved-minutes-by-student.loader';
import { evaluationsByPlacementLoader } from './evaluations-by-placement.loader';
import { hoursByPlacementLoader } from './hours-by-placement.loader';
import { placementByIdLoader } from './placement-by-id.loader';
import { placementsByOpportunityLoader } from './placements-by-opportunity.loader';
import { placementsByPartnerLoader } from './placements-by-partner.loader';
import { partnerAccessByStudentLoader } from './partner-access-by-student.loader';
import { placementsByStudentLoader } from './placements-by-student.loader';
import { reflectionByPlacementLoader } from './reflection-by-placement.loader';
import { slotsHeldByOpportunityLoader } from './slots-held-by-opportunity.loader';
import { statusHistoryByPlacementLoader } from './status-history-by-placement.loader';
import { stipendPeriodsByPlacementLoader } from './stipend-periods-by-placement.loader';
import { stipendTotalByPartnerLoader } from './stipend-total-by-partner.loader';
import { stipendTotalByStudentLoader } from './stipend-total-by-student.loader';
import { timeEntriesByPlacementLoader } from './time-entries-by-placement.loader';
import { trainingAgreementByPlacementLoader } from './training-agreement-by-placement.loader';

/**
 * A fresh set per request, so no cached row outlives the request that read it; nested placement
 * lists are narrowed to the caller's `scope` in SQL.
 */
export function createPlacementsLoaders(repositories: PlacementsRepositories, scope: RowFilter) {
  return {
    placementById: placementByIdLoader(repositories.placements),
    statusHistoryByPlacement: statusHistoryByPlacementLoader(repositories.placements),
    placementsByStudent: placementsByStudentLoader(repositories.placements, scope),
    placementsByPartner: placementsByPartnerLoader(repositories.placements, scope),
    placementsByOpportunity: placementsByOpportunityLoader(repositories.placements, scope),
    timeEntriesByPlacement: timeEntriesByPlacementLoader(repositories.timeEntries),
    slotsHeldByOpportunity: slotsHeldByOpportunityLoader(repositories.placements),
    hoursByPlacement: hoursByPlacementLoader(repositories.stipends),
    approvedMinutesByStudent: approvedMinutesByStudentLoader(repositories.timeEntries),
    evaluationsByPlacement: evaluationsByPlacementLoader(repositories.evaluations),
    reflectionByPlacement: reflectionByPlacementLoader(repositories.evaluations),
    stipendPeriodsByPlacement: stipendPeriodsByPlacementLoader(repositories.stipends),
    stipendTotalByStudent: stipendTotalByStudentLoader(repositories.stipends),
    stipendTotalByPartner: stipendTotalByPartnerLoader(repositories.stipends),
    partnerAccessByStudent: partnerAccessByStudentLoader(repositories.placements),
    auditTrailByPlacement: auditTrailByPlacementLoader(repositories.auditEvents),
    trainingAgreementByPlacement: trainingAgreementByPlacementLoader(repositories.agreements),
  };
}

export type PlacementsLoaders = ReturnType<typeof createPlacementsLoaders>;
