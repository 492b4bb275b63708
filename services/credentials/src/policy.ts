import { AGGREGATE_READERS, type Caller, definePolicy, type RoleAccess, SHARED_METRIC_TYPES } from '@careergraph/kit';
import type { CredentialsContext } from './context';
import type { CredentialAwardEntity } from './entities/credential-award.entity';
import type { StudentReference } from './mappers';

/**
 * Whether a student is in the caller's scope: the student themself; SCHOOL_STAFF of the school the
 * student attends now; DEPARTMENT_STAFF when the student is enrolled in one of their department's
 * programs. The school and enrollments come from the students subgraph (batched per request).
 */
export async function inStudentScope(caller: Caller, studentId: string, context: CredentialsContext): Promise<boolean> {
  if (caller.role === 'STUDENT') return studentId === caller.scope.studentId;
  if (caller.role !== 'SCHOOL_STAFF' && caller.role !== 'DEPARTMENT_STAFF') return false;
  const student = await context.loaders.studentById.load(studentId);
  if (!student) return false;
  if (caller.role === 'SCHOOL_STAFF') return caller.scope.schoolIds.includes(student.school.id);
  return student.enrollments.some((enrollment) => enrollment.program.department === caller.scope.department);
}

/**
 * Whether an award is in the caller's scope: a student's own; for SCHOOL_STAFF, an award recorded at
 * one of their schools (the snapshot) or of a student attending one now; for DEPARTMENT_STAFF, an
 * award of their department (the snapshot). The snapshots are what lists are narrowed by in SQL.
 */
export function inAwardScope(caller: Caller, award: CredentialAwardEntity, context: CredentialsContext): boolean | Promise<boolean> {
  switch (caller.role) {
    case 'STUDENT':
      return award.studentId === caller.scope.studentId;
    case 'SCHOOL_STAFF':
      return caller.scope.schoolIds.includes(award.schoolId) || inStudentScope(caller, award.studentId, context);
    case 'DEPARTMENT_STAFF':
      return award.department !== null && award.department === caller.scope.department;
    default:
      return false;
  }
}

// The catalog is public to every signed-in role: students plan with it, partners see what they
// issue, analysts count against it.
const EVERY_ROLE: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  DEPARTMENT_STAFF: 'ALL',
  SCHOOL_STAFF: 'ALL',
  ANALYST: 'ALL',
  PARTNER_USER: 'ALL',
  STUDENT: 'ALL',
};

// Awards are education records. School staff read those of their schools' students, department
// staff those their department's programs lead to, a student their own. Partner users get none
// (not school officials for credentials), analysts none (aggregates come with the analytics issue).
const AWARD_READERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN', STUDENT: 'OWN' };

// Recording, verifying and revoking awards (and readiness determinations) is school work: the
// counselor of the student's school, or the district. Department staff read; students report to
// their counselor rather than record.
const SCHOOL_RECORDS: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' };

// Departments curate the catalog entries their programs lead to, with the district.
const CATALOG_EDITORS: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL' };

export const credentialsPolicy = definePolicy<CredentialsContext>({
  subgraph: 'credentials',
  Query: {
    credential: EVERY_ROLE,
    credentials: EVERY_ROLE,
    // The list is narrowed to the scope in SQL (AwardService.list); a single award outside it is FORBIDDEN.
    credentialAward: AWARD_READERS,
    credentialAwards: AWARD_READERS,
    schoolYear: AGGREGATE_READERS,
    // For Perkins and the cohort goal: the students subgraph's signed calls only.
    reportingOutcomeSet: { SERVICE: 'ALL' },
  },
  Mutation: {
    createCredential: CATALOG_EDITORS,
    updateCredential: CATALOG_EDITORS,
    recordCredentialAward: SCHOOL_RECORDS,
    verifyCredentialAward: SCHOOL_RECORDS,
    revokeCredentialAward: SCHOOL_RECORDS,
    recordCollegeReadiness: SCHOOL_RECORDS,
  },
  types: {
    Credential: { access: EVERY_ROLE },
    CredentialAward: {
      access: AWARD_READERS,
      fields: {
        // The portable export is the student's to share (and their school's to hand over); a
        // department reads the award but does not issue its copy.
        openBadgeCredential: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', STUDENT: 'OWN' },
        // Who recorded, verified or revoked the award and what it was before: staff in scope.
        auditTrail: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN' },
      },
      owns: (caller, award: CredentialAwardEntity, context) => inAwardScope(caller, award, context),
    },
    // This subgraph's part of a student (awards, early college credit and savings, the district
    // goal, college readiness): the same readers as awards, each within their scope. Department
    // staff see the totals of students in their programs (the district goal every department works
    // toward) and, in `credentials`, their own department's awards only.
    Student: {
      access: AWARD_READERS,
      owns: (caller, student: StudentReference, context) => inStudentScope(caller, student.id, context),
    },
    ReportingOutcomeSet: { access: {} },
    // An issuer's catalog entries are catalog: public like the catalog.
    Partner: { access: EVERY_ROLE },
    // School and Program carry only their credential metrics here.
    School: { access: EVERY_ROLE, fields: { credentialAttainment: AGGREGATE_READERS, collegeReadiness: AGGREGATE_READERS } },
    Program: { access: EVERY_ROLE, fields: { credentialAttainment: AGGREGATE_READERS } },
    // Aggregates: exact or suppressed per caller by the metric cube, never row by row.
    SchoolYear: { access: AGGREGATE_READERS },
    CredentialAttainmentMetrics: { access: AGGREGATE_READERS },
    CollegeReadinessMetrics: { access: AGGREGATE_READERS },
    ...SHARED_METRIC_TYPES,
  },
});
