import { groupLoader } from '@careergraph/kit';
import type { EnrollmentRepository } from '../repositories/enrollment.repository';

export const enrollmentsByStudentLoader = (enrollments: EnrollmentRepository) =>
  groupLoader(
    (studentIds) => enrollments.findByStudentIds(studentIds),
    (enrollment) => enrollment.studentId,
  );
