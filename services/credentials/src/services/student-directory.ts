import {
  EntityClient,
  STUDENT_REPORTING_FIELDS,
  type StudentReportingRef,
  type StudentReportingSnapshot,
  studentReportingSnapshot,
  UserInputError,
} from '@careergraph/kit';
import type { EnrollmentInProgram } from './award-department';

/** What this subgraph needs of a student: their school now and their program enrollments. */
export interface StudentSnapshot {
  id: string;
  school: { id: string };
  enrollments: EnrollmentInProgram[];
}

/** The `_entities` selection for a StudentSnapshot. */
export const STUDENT_SNAPSHOT = 'id school { id } enrollments { schoolYear program { department careerCluster } }';

/**
 * Reads students from the students subgraph over HTTP: whether one exists, which school they
 * attend now and which programs they are enrolled in. An unreachable subgraph is
 * SERVICE_UNAVAILABLE (raised by the kit), so callers check the student before writing anything.
 */
export class StudentDirectory {
  constructor(private readonly client: EntityClient) {}

  async require(studentId: string, field: string): Promise<StudentSnapshot> {
    const student = await this.client.lookupOne<StudentSnapshot>('Student', studentId, STUDENT_SNAPSHOT);
    if (!student) throw new UserInputError(field, `student ${studentId} does not exist`, { rule: 'UNKNOWN_STUDENT' });
    return student;
  }

  /**
   * The reporting snapshot of an event of the student in `schoolYear` at `schoolId` (analytics):
   * taken before the event is written, so an unreachable students subgraph refuses the write.
   */
  async reportingSnapshot(studentId: string, schoolYear: string, schoolId: string, field: string): Promise<StudentReportingSnapshot> {
    const student = await this.client.lookupOne<StudentReportingRef>('Student', studentId, STUDENT_REPORTING_FIELDS);
    if (!student) throw new UserInputError(field, `student ${studentId} does not exist`, { rule: 'UNKNOWN_STUDENT' });
    return studentReportingSnapshot(student, schoolYear, schoolId);
  }
}
