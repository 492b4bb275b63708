import { valueLoader } from '@careergraph/kit';
import type { EnrollmentRepository } from '../repositories/enrollment.repository';

/** Distinct program courses completed up to each enrollment's school year (Perkins status). */
export const coursesToDateByEnrollmentLoader = (enrollments: EnrollmentRepository) =>
  valueLoader((enrollmentIds) => enrollments.distinctCoursesToDate(enrollmentIds), 0);
