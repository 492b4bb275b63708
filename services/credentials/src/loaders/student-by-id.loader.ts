import DataLoader from 'dataloader';
import type { EntityClient } from '@careergraph/kit';
import { STUDENT_SNAPSHOT, type StudentSnapshot } from '../services/student-directory';

/**
 * Students' school and enrollments from the students subgraph, one `_entities` call per batch: what
 * the policy needs to tell whether a student is in a staff member's scope.
 */
export const studentByIdLoader = (students: EntityClient) =>
  new DataLoader<string, StudentSnapshot | null>((ids) => students.lookup<StudentSnapshot>('Student', ids, STUDENT_SNAPSHOT));
