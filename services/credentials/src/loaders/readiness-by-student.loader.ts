import { groupLoader } from '@careergraph/kit';
import type { ReadinessRepository } from '../repositories/readiness.repository';

export const readinessByStudentLoader = (readiness: ReadinessRepository) =>
  groupLoader(
    (studentIds) => readiness.findByStudentIds(studentIds),
    (determination) => determination.studentId,
  );
