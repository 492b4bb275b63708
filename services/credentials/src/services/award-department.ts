import type { CareerCluster, CredentialType, Department } from '../generated/graphql';
import { COURSE_TYPES } from '../repositories/award.repository';

/** What the department rule needs of a student's program enrollments (from the students subgraph). */
export interface EnrollmentInProgram {
  schoolYear: string;
  program: { department: Department; careerCluster: CareerCluster };
}

/**
 * The department an award counts for, decided once when it is recorded (a snapshot, like the
 * school): college courses are early college credit, the Chicago Roadmap's work; any other
 * credential counts for the program that leads to it, the student's most recent enrollment in a
 * program of the credential's career cluster. Null when no program matches: then only district
 * admins and school staff see the award.
 */
export function awardDepartment(
  credential: { type: CredentialType; careerCluster: CareerCluster },
  enrollments: readonly EnrollmentInProgram[],
): Department | null {
  if ((COURSE_TYPES as readonly string[]).includes(credential.type)) return 'ROADMAP';
  const matching = enrollments
    .filter((enrollment) => enrollment.program.careerCluster === credential.careerCluster)
    .sort((x, y) => y.schoolYear.localeCompare(x.schoolYear));
  return matching[0]?.program.department ?? null;
}
