import { isUuid } from '@careergraph/kit';
import { signed } from './training-agreement.resolver';
import type { PlacementResolvers } from '../generated/graphql';
import { toHours } from './hours';

export const Placement: PlacementResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.placementById.load(id) : null),
  student: (placement) => ({ id: placement.studentId }),
  opportunity: (placement) => ({ id: placement.opportunityId }),
  partner: (placement) => ({ id: placement.partnerId }),
  worksite: (placement) => (placement.worksiteId ? { id: placement.worksiteId } : null),
  supervisor: (placement) => (placement.supervisorId ? { id: placement.supervisorId } : null),
  school: (placement) => ({ id: placement.schoolId }),
  program: (placement) => (placement.programId ? { id: placement.programId } : null),
  department: (placement) => placement.department,
  availability: (placement) => placement.availability && { ...placement.availability, from: placement.startDate, to: placement.endDate },
  statusHistory: (placement, _, { loaders }) => loaders.statusHistoryByPlacement.load(placement.id),
  plannedHours: (placement) => placement.plannedHours,
  // A signed agreement answers from the placement; otherwise one is there once a version is prepared.
  trainingAgreement: async (placement, _, { loaders }) =>
    signed(placement) || (await loaders.trainingAgreementByPlacement.load(placement.id)) ? placement : null,
  compensation: (placement) => ({ kind: placement.compensationKind, hourlyRate: placement.hourlyRate }),
  approvedHours: async (placement, _, { loaders }) => toHours((await loaders.hoursByPlacement.load(placement.id)).approvedMinutes),
  pendingHours: async (placement, _, { loaders }) => toHours((await loaders.hoursByPlacement.load(placement.id)).pendingMinutes),
  timeEntries: (placement, { status, first, after }, { loaders }) =>
    loaders.timeEntriesByPlacement(placement.id, { status }, { first, after }),
  evaluations: (placement, { changedSince }, { loaders }) => loaders.evaluationsByPlacement(changedSince?.toISOString()).load(placement.id),
  reflection: (placement, _, { loaders }) => loaders.reflectionByPlacement.load(placement.id),
  stipends: (placement, _, { loaders }) => loaders.stipendPeriodsByPlacement.load(placement.id),
  stipendTotal: async (placement, _, { loaders }) => (await loaders.hoursByPlacement.load(placement.id)).stipendTotal,
  auditTrail: (placement, { first, after }, { loaders }) => loaders.auditTrailByPlacement(placement.id, null, { first, after }),
  standing: (placement, _, context) => context.services.placements.standing(placement, context),
};
