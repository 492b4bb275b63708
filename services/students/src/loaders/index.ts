import type { Caller, OwnerClient } from '@careergraph/kit';
import type { StudentsRepositories } from '../repositories';
import { careerInterestsByStudentLoader } from './career-interests-by-student.loader';
import { completionsByEnrollmentLoader } from './completions-by-enrollment.loader';
import { coursesToDateByEnrollmentLoader } from './courses-to-date-by-enrollment.loader';
import { departmentsByStudentLoader } from './departments-by-student.loader';
import { disclosuresByStudentLoader } from './disclosures-by-student.loader';
import { enrollmentsByStudentLoader } from './enrollments-by-student.loader';
import { partnerAccessByStudentLoader } from './partner-access-by-student.loader';
import { programByIdLoader } from './program-by-id.loader';
import { programIdsBySchoolLoader } from './program-ids-by-school.loader';
import { reportingSchoolsLoader } from './reporting-schools.loader';
import { schoolByIdLoader } from './school-by-id.loader';
import { schoolIdsByProgramLoader } from './school-ids-by-program.loader';
import { studentByIdLoader } from './student-by-id.loader';
import { studentsBySchoolLoader } from './students-by-school.loader';

/** A fresh set per request, so no cached row outlives the request that read it. */
export function createStudentsLoaders(repositories: StudentsRepositories, caller: Caller, placements: OwnerClient) {
  return {
    schoolById: schoolByIdLoader(repositories.schools),
    studentById: studentByIdLoader(repositories.students),
    studentsBySchool: studentsBySchoolLoader(repositories.students),
    programById: programByIdLoader(repositories.programs),
    programIdsBySchool: programIdsBySchoolLoader(repositories.programs),
    schoolIdsByProgram: schoolIdsByProgramLoader(repositories.programs),
    enrollmentsByStudent: enrollmentsByStudentLoader(repositories.enrollments),
    completionsByEnrollment: completionsByEnrollmentLoader(repositories.enrollments),
    coursesToDateByEnrollment: coursesToDateByEnrollmentLoader(repositories.enrollments),
    departmentsByStudent: departmentsByStudentLoader(repositories.students),
    partnerAccess: partnerAccessByStudentLoader(caller.scope.partnerId, placements),
    disclosuresByStudent: disclosuresByStudentLoader(repositories.disclosures),
    careerInterestsByStudent: careerInterestsByStudentLoader(repositories.careerInterests),
    reportingSchools: reportingSchoolsLoader(repositories.reporting),
  };
}

export type StudentsLoaders = ReturnType<typeof createStudentsLoaders>;
