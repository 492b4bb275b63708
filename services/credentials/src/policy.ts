import { AGGREGATE_READERS, ALL_ROWS, anyOfRows, defineScope, definePolicy, type RoleAccess, rowsRelated, rowsWhere, SHARED_METRIC_TYPES } from '@careergraph/kit';
import type { CredentialsContext } from './context';
import type { CredentialAwardEntity } from './entities/credential-award.entity';
import type { StudentReference } from './mappers';
import { lookUpStudent } from './services/student-directory';

/** The student (their school now and their programs), from the students subgraph, batched per request. */
const studentAttendingOneOf = (schoolIds: readonly string[]) => async (studentId: string, context: CredentialsContext) =>
  schoolIds.includes((await lookUpStudent(context.owners, studentId))?.school.id ?? '');
const studentEnrolledIn = (department: string) => async (studentId: string, context: CredentialsContext) =>
  !!(await lookUpStudent(context.owners, studentId))?.enrollments.some((enrollment) => enrollment.program.department === department);

/**
 * The students whose credentials a role reaches: the student themself; SCHOOL_STAFF of the school
 * the student attends now; DEPARTMENT_STAFF when the student is enrolled in one of their
 * department's programs. Only the students subgraph knows the last two, so they decide single
 * students (lists here are of awards, narrowed by the award scope).
 */
export const studentScope = defineScope<StudentReference, CredentialsContext>({
  entity: 'Student',
  columns: { id: 'id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    STUDENT: (caller) => rowsWhere({ id: caller.studentId }),
    SCHOOL_STAFF: (caller) => rowsRelated({ check: (student, context) => studentAttendingOneOf(caller.schoolIds)(student.id, context) }),
    DEPARTMENT_STAFF: (caller) => rowsRelated({ check: (student, context) => studentEnrolledIn(caller.department)(student.id, context) }),
  },
});

/**
 * The awards a role reaches: a student's own; for SCHOOL_STAFF, an award recorded at one of their
 * schools (the snapshot, which lists are narrowed by) or of a student attending one now; for
 * DEPARTMENT_STAFF, an award of their department (the snapshot).
 */
export const awardScope = defineScope<Pick<CredentialAwardEntity, 'studentId' | 'schoolId' | 'department'>, CredentialsContext>({
  entity: 'CredentialAward',
  columns: { studentId: 'student_id', schoolId: 'school_id', department: 'department' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    STUDENT: (caller) => rowsWhere({ studentId: caller.studentId }),
    SCHOOL_STAFF: (caller) =>
      anyOfRows(
        rowsWhere({ schoolId: caller.schoolIds }),
        rowsRelated({ check: (award, context) => studentAttendingOneOf(caller.schoolIds)(award.studentId, context) }),
      ),
    DEPARTMENT_STAFF: (caller) => rowsWhere({ department: caller.department }),
  },
});

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
    reportingEndorsementFacts: { SERVICE: 'ALL' },
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
      scope: awardScope,
    },
    // This subgraph's part of a student (awards, early college credit and savings, the district
    // goal, college readiness): the same readers as awards, each within their scope. Department
    // staff see the totals of students in their programs (the district goal every department works
    // toward) and, in `credentials`, their own department's awards only.
    Student: {
      access: AWARD_READERS,
      scope: studentScope,
    },
    ReportingOutcomeSet: { access: {} },
    EndorsementCredentialFacts: { access: {} },
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
