import { groupLoader } from '@careergraph/kit';
import type { StudentRepository } from '../repositories/student.repository';

/** The departments whose programs each student is enrolled in (DEPARTMENT_STAFF scope). */
export const departmentsByStudentLoader = (students: StudentRepository) =>
  groupLoader((ids) => students.departmentsOf(ids), (row) => row.studentId);
