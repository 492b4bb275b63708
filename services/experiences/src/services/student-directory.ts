import { STUDENT_REPORTING_FACTS, UserInputError, type WithFields, withFields } from '@careergraph/kit';
import { type StudentReportingFragment, StudentReportingFragmentDoc } from '../generated/owners/graphql';
import type { ExperiencesOwners } from '../owners/experiences-owners';

/** What this subgraph needs of a student (always sent to SERVICE): grade and school for eligibility and scope, the rest for snapshots. */
export type ExperienceStudent = WithFields<StudentReportingFragment, (typeof STUDENT_REPORTING_FACTS)[number]>;

/**
 * The student from the students subgraph (batched and cached per request), null when unknown. An
 * unreachable subgraph is SERVICE_UNAVAILABLE (raised by the kit), so callers look students up
 * before writing anything.
 */
export async function lookUpStudent(owners: ExperiencesOwners, studentId: string): Promise<ExperienceStudent | null> {
  const student = await owners.students.load(StudentReportingFragmentDoc, studentId);
  return student && withFields(student, STUDENT_REPORTING_FACTS, `student ${studentId}`);
}

/** Every student asked for, in order; an unknown one refuses the request (field names its index). */
export async function requireStudents(owners: ExperiencesOwners, studentIds: readonly string[], field: (index: number) => string): Promise<ExperienceStudent[]> {
  const students = await Promise.all(studentIds.map((id) => lookUpStudent(owners, id)));
  const missing = students.findIndex((student) => !student);
  if (missing >= 0) throw new UserInputError(field(missing), `student ${studentIds[missing]} does not exist`, { rule: 'UNKNOWN_STUDENT' });
  return students as ExperienceStudent[];
}
