import { groupLoader } from '@careergraph/kit';
import type { Department } from '../generated/graphql';
import type { AwardRepository } from '../repositories/award.repository';

/** A DEPARTMENT_STAFF caller's view of students' awards: their department's only, narrowed in SQL. */
export const departmentAwardsByStudentLoader = (awards: AwardRepository, department: Department | undefined) =>
  groupLoader(
    (studentIds) => (department ? awards.findByStudentIdsInDepartment(studentIds, department) : Promise.resolve([])),
    (award) => award.studentId,
  );
