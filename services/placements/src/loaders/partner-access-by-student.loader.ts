import { entityLoader } from '@careergraph/kit';
import type { PlacementRepository } from '../repositories/placement.repository';
import { perArgument } from './per-argument';

/** `Student.partnerAccess(partnerId)`: per partner asked about, one statement for the batch of students. */
export const partnerAccessByStudentLoader = (placements: PlacementRepository) =>
  perArgument((partnerId) =>
    entityLoader(
      async (studentIds) => [...(await placements.partnerAccessByStudentIds(partnerId!, studentIds)).values()],
      (access) => access.studentId,
    ),
  );
