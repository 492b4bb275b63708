import { type Caller, ForbiddenError } from '@careergraph/kit';
import type { StudentsContext } from '../context';
import type { StudentEntity } from '../entities/student.entity';
import type { StudentScope } from '../repositories/student.repository';

/**
 * Whether one student is in the caller's scope: the policy's `owns` for Student and the check every
 * single lookup and mutation makes. A partner's scope is its legitimate interest, which only the
 * placements subgraph knows (one batched lookup per request).
 */
export async function studentInScope(caller: Caller, student: StudentEntity, context: StudentsContext): Promise<boolean> {
  switch (caller.role) {
    case 'DISTRICT_ADMIN':
    case 'SERVICE':
      return true;
    case 'SCHOOL_STAFF':
      return caller.scope.schoolIds.includes(student.schoolId);
    case 'DEPARTMENT_STAFF': {
      const enrolled = await context.loaders.departmentsByStudent.load(student.id);
      return enrolled.some((row) => row.department === caller.scope.department);
    }
    case 'PARTNER_USER':
      return (await context.loaders.partnerAccess.load(student.id)) !== null;
    case 'STUDENT':
      return caller.scope.studentId === student.id;
    default:
      return false;
  }
}

/** The students a caller's lists are narrowed to, in SQL. */
export function studentListScope(caller: Caller): StudentScope {
  switch (caller.role) {
    case 'DISTRICT_ADMIN':
      return {};
    case 'SCHOOL_STAFF':
      return { schoolIds: caller.scope.schoolIds };
    case 'DEPARTMENT_STAFF':
      return { department: caller.scope.department };
    case 'STUDENT':
      return { studentId: caller.scope.studentId };
    default:
      // The policy already refuses other roles every student list; this keeps a slip from listing all.
      throw new ForbiddenError(`role ${caller.role} may not list students`, { rule: 'ROLE_POLICY' });
  }
}

export function outsideScope(caller: Caller, what: string, field?: string): ForbiddenError {
  return new ForbiddenError(`${what} is outside the scope of this ${caller.role}`, { rule: 'OUTSIDE_SCOPE', field });
}

/** Refuses a write about a student outside the caller's scope (SCHOOL_STAFF: their schools). */
export async function assertStudentInScope(student: StudentEntity, context: StudentsContext, field: string): Promise<void> {
  if (!(await studentInScope(context.caller, student, context))) throw outsideScope(context.caller, `student ${student.id}`, field);
}

/** Refuses a write naming a school outside the caller's scope. */
export function assertSchoolInScope(schoolId: string, caller: Caller, field: string): void {
  if (caller.role === 'DISTRICT_ADMIN') return;
  if (caller.role === 'SCHOOL_STAFF' && caller.scope.schoolIds.includes(schoolId)) return;
  throw outsideScope(caller, `school ${schoolId}`, field);
}
