import type { PlacementsRepositories } from '../repositories';
import { approvedMinutesByStudentLoader } from './approved-minutes-by-student.loader';
import { evaluationsByPlacementLoader } from './evaluations-by-placement.loader';
import { hoursByPlacementLoader } from './hours-by-placement.loader';
import { placementByIdLoader } from './placement-by-id.loader';
import { placementsByOpportunityLoader } from './placements-by-opportunity.loader';
import { placementsByPartnerLoader } from './placements-by-partner.loader';
import { placementsByStudentLoader } from './placements-by-student.loader';
import { reflectionByPlacementLoader } from './reflection-by-placement.loader';
import { slotsHeldByOpportunityLoader } from './slots-held-by-opportunity.loader';
import { statusHistoryByPlacementLoader } from './status-history-by-placement.loader';
import { stipendPeriodsByPlacementLoader } from './stipend-periods-by-placement.loader';
import { stipendTotalByPartnerLoader } from './stipend-total-by-partner.loader';
import { stipendTotalByPlacementLoader } from './stipend-total-by-placement.loader';
import { stipendTotalByStudentLoader } from './stipend-total-by-student.loader';
import { timeEntriesByPlacementLoader } from './time-entries-by-placement.loader';

/** A fresh set per request, so no cached row outlives the request that read it. */
export function createPlacementsLoaders(repositories: PlacementsRepositories) {
  return {
    placementById: placementByIdLoader(repositories.placements),
    statusHistoryByPlacement: statusHistoryByPlacementLoader(repositories.placements),
    placementsByStudent: placementsByStudentLoader(repositories.placements),
    placementsByPartner: placementsByPartnerLoader(repositories.placements),
    placementsByOpportunity: placementsByOpportunityLoader(repositories.placements),
    timeEntriesByPlacement: timeEntriesByPlacementLoader(repositories.timeEntries),
    slotsHeldByOpportunity: slotsHeldByOpportunityLoader(repositories.placements),
    hoursByPlacement: hoursByPlacementLoader(repositories.timeEntries),
    approvedMinutesByStudent: approvedMinutesByStudentLoader(repositories.timeEntries),
    evaluationsByPlacement: evaluationsByPlacementLoader(repositories.evaluations),
    reflectionByPlacement: reflectionByPlacementLoader(repositories.evaluations),
    stipendPeriodsByPlacement: stipendPeriodsByPlacementLoader(repositories.stipends),
    stipendTotalByPlacement: stipendTotalByPlacementLoader(repositories.stipends),
    stipendTotalByStudent: stipendTotalByStudentLoader(repositories.stipends),
    stipendTotalByPartner: stipendTotalByPartnerLoader(repositories.stipends),
  };
}

export type PlacementsLoaders = ReturnType<typeof createPlacementsLoaders>;
