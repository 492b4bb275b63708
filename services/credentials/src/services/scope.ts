import { accessOf, ForbiddenError } from '@careergraph/kit';
import type { CredentialsContext } from '../context';
import type { CredentialAwardEntity } from '../entities/credential-award.entity';
import type { AwardQuery } from '../repositories/award.repository';
import { credentialsPolicy, inAwardScope, inStudentScope } from '../policy';

function outsideScope(context: CredentialsContext, what: string, field?: string): ForbiddenError {
  return new ForbiddenError(`${what} is outside the scope of this ${context.caller.role}`, { field, rule: 'OUTSIDE_SCOPE' });
}

/** A root field's single award, or one FORBIDDEN when the caller reaches awards only within a scope. */
export async function awardInScope(award: CredentialAwardEntity | null, context: CredentialsContext): Promise<CredentialAwardEntity | null> {
  if (!award) return null;
  const access = accessOf(credentialsPolicy.types.CredentialAward.access, context.caller.role);
  if (access === 'OWN' && !(await inAwardScope(context.caller, award, context))) throw outsideScope(context, 'this CredentialAward');
  return award;
}

/** For a mutation the caller may call only within their scope (OWN): refuses an award outside it. */
export async function requireAwardScope(context: CredentialsContext, mutation: string, award: CredentialAwardEntity, field: string): Promise<void> {
  if (accessOf(credentialsPolicy.Mutation![mutation], context.caller.role, 'root') !== 'OWN') return;
  if (!(await inAwardScope(context.caller, award, context))) throw outsideScope(context, `award ${award.id}`, field);
}

/**
 * For a mutation the caller may call only within their scope (OWN): refuses a student outside it
 * (for school staff, a student who does not attend one of their schools now).
 */
export async function requireStudentScope(context: CredentialsContext, mutation: string, studentId: string, field: string): Promise<void> {
  if (accessOf(credentialsPolicy.Mutation![mutation], context.caller.role, 'root') !== 'OWN') return;
  if (!(await inStudentScope(context.caller, studentId, context))) throw outsideScope(context, `student ${studentId}`, field);
}

/** The caller's scope as award-list conditions, for the repository to apply in SQL. */
export function awardListScope(context: CredentialsContext): Pick<AwardQuery, 'inSchools' | 'department' | 'ofStudent'> {
  const { caller } = context;
  switch (caller.role) {
    case 'DISTRICT_ADMIN':
      return {};
    case 'SCHOOL_STAFF':
      return { inSchools: caller.scope.schoolIds };
    case 'DEPARTMENT_STAFF':
      if (!caller.scope.department) throw outsideScope(context, 'every award');
      return { department: caller.scope.department };
    case 'STUDENT':
      if (!caller.scope.studentId) throw outsideScope(context, 'every award');
      return { ofStudent: caller.scope.studentId };
    default:
      // The policy refuses other roles before a list is read; never answer them unnarrowed.
      throw outsideScope(context, 'every award');
  }
}
