import { groupLoader } from '@careergraph/kit';
import type { EnrollmentRepository } from '../repositories/enrollment.repository';

export const completionsByEnrollmentLoader = (enrollments: EnrollmentRepository) =>
  groupLoader(
    (enrollmentIds) => enrollments.completionsFor(enrollmentIds),
    (completion) => completion.enrollmentId,
  );
