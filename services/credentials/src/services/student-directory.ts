import {
  STUDENT_REPORTING_FACTS,
  type StudentReportingSnapshot,
  studentReportingSnapshot,
  UserInputError,
  type WithFields,
  withFields,
} from '@careergraph/kit';
import { type CredentialsStudentFragment, CredentialsStudentFragmentDoc, StudentReportingFragmentDoc } from '../generated/owners/graphql';
import type { CredentialsOwners } from '../owners/credentials-owners';

/** What this subgraph needs of a student: their school now and their program enrollments (always sent to SERVICE). */
export type CredentialsStudent = WithFields<CredentialsStudentFragment, 'school' | 'enrollments'>;

/**
 * The student from the students subgraph (batched and cached per request), null when unknown. An
 * unreachable subgraph is SERVICE_UNAVAILABLE (raised by the kit), so callers check the student
 * before writing anything.
 */
export async function lookUpStudent(owners: CredentialsOwners, studentId: string): Promise<CredentialsStudent | null> {
  const student = await owners.students.load(CredentialsStudentFragmentDoc, studentId);
  return student && withFields(student, ['school', 'enrollments'], `student ${studentId}`);
}

export async function requireStudent(owners: CredentialsOwners, studentId: string, field: string): Promise<CredentialsStudent> {
  const student = await lookUpStudent(owners, studentId);
  if (!student) throw new UserInputError(field, `student ${studentId} does not exist`, { rule: 'UNKNOWN_STUDENT' });
  return student;
}

/**
 * The reporting snapshot of an event of the student in `schoolYear` at `schoolId` (analytics):
 * taken before the event is written, so an unreachable students subgraph refuses the write. The
 * student comes from the request's cache when it was already required.
 */
export async function studentReportingSnapshotOf(
  owners: CredentialsOwners,
  studentId: string,
  event: { schoolYear: string; schoolId: string },
  field: string,
): Promise<StudentReportingSnapshot> {
  const student = await owners.students.load(StudentReportingFragmentDoc, studentId);
  if (!student) throw new UserInputError(field, `student ${studentId} does not exist`, { rule: 'UNKNOWN_STUDENT' });
  return studentReportingSnapshot(withFields(student, STUDENT_REPORTING_FACTS, `student ${studentId}`), event.schoolYear, event.schoolId);
}
