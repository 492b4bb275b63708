import { groupLoader } from '@careergraph/kit';
import type { AwardRepository } from '../repositories/award.repository';

export const awardsByStudentLoader = (awards: AwardRepository) =>
  groupLoader(
    (studentIds) => awards.findByStudentIds(studentIds),
    (award) => award.studentId,
  );
