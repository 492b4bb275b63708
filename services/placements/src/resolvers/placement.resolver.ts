import { isUuid } from '@careergraph/kit';
import type { PlacementResolvers } from '../generated/graphql';
import { toHours } from './hours';

export const Placement: PlacementResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.placementById.load(id) : null),
  student: (placement) => ({ id: placement.studentId }),
  opportunity: (placement) => ({ id: placement.opportunityId }),
  partner: (placement) => ({ id: placement.partnerId }),
  worksite: (placement) => (placement.worksiteId ? { id: placement.worksiteId } : null),
  supervisor: (placement) => ({ id: placement.supervisorId }),
  school: (placement) => ({ id: placement.schoolId }),
  program: (placement) => (placement.programId ? { id: placement.programId } : null),
  department: (placement) => placement.department,
  statusHistory: (placement, _, { loaders }) => loaders.statusHistoryByPlacement.load(placement.id),
  plannedHours: (placement) => placement.plannedHours,
  trainingAgreement: (placement) =>
    placement.agreementSignedOn && placement.weeklyHourCap !== null
      ? {
          signedOn: placement.agreementSignedOn,
          parentConsentOn: placement.parentConsentOn,
          employmentCertificateOn: placement.employmentCertificateOn,
          weeklyHourCap: placement.weeklyHourCap,
          sharedStudentContact: placement.sharedStudentContact,
        }
      : null,
  compensation: (placement) => ({ kind: placement.compensationKind, hourlyRate: placement.hourlyRate }),
  approvedHours: async (placement, _, { loaders }) => toHours((await loaders.hoursByPlacement.load(placement.id)).approvedMinutes),
  pendingHours: async (placement, _, { loaders }) => toHours((await loaders.hoursByPlacement.load(placement.id)).pendingMinutes),
  timeEntries: (placement, { status, first, after }, { loaders }) =>
    loaders.timeEntriesByPlacement(placement.id, { status }, { first, after }),
  evaluations: (placement, { changedSince }, { loaders }) => loaders.evaluationsByPlacement(changedSince?.toISOString()).load(placement.id),
  reflection: (placement, _, { loaders }) => loaders.reflectionByPlacement.load(placement.id),
  stipends: (placement, _, { loaders }) => loaders.stipendPeriodsByPlacement.load(placement.id),
  stipendTotal: (placement, _, { loaders }) => loaders.stipendTotalByPlacement.load(placement.id),
  auditTrail: (placement, { first, after }, { loaders }) => loaders.auditTrailByPlacement(placement.id, null, { first, after }),
  standing: (placement, _, context) => context.services.placements.standing(placement, context),
};
