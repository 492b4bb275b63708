import {
  AGGREGATE_READERS,
  ALL_ROWS,
  defineScope,
  definePolicy,
  type EntityKey,
  type RoleAccess,
  rowsRelated,
  rowsWhere,
  SHARED_METRIC_TYPES,
} from '@careergraph/kit';
import type { ExperiencesContext } from './context';
import type { ExperienceEntity } from './entities/experience.entity';
import { lookUpStudent } from './services/student-directory';

/**
 * The students a role reaches, as the students subgraph scopes them: the student themself;
 * SCHOOL_STAFF of the school the student attends now; DEPARTMENT_STAFF when the student is enrolled
 * in one of their department's programs (both from the students subgraph, batched per request).
 */
export const studentScope = defineScope<EntityKey, ExperiencesContext>({
  entity: 'Student',
  columns: { id: 'id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    STUDENT: (caller) => rowsWhere({ id: caller.studentId }),
    SCHOOL_STAFF: (caller) =>
      rowsRelated({ check: async (student, context) => caller.schoolIds.includes((await lookUpStudent(context.owners, student.id))?.school.id ?? '') }),
    DEPARTMENT_STAFF: (caller) =>
      rowsRelated({
        check: async (student, context) =>
          !!(await lookUpStudent(context.owners, student.id))?.enrollments.some((enrollment) => enrollment.program.department === caller.department),
      }),
  },
});

/** A host partner's users reach the experiences their partner hosts. */
const hostedBy = (partnerId: string) =>
  rowsRelated<Pick<ExperienceEntity, 'hostPartnerIds'>, ExperiencesContext>({
    check: (experience) => experience.hostPartnerIds.includes(partnerId),
    sql: (alias) => ({ clause: `:scopeHostPartner = ANY(${alias}.host_partner_ids)`, params: { scopeHostPartner: partnerId } }),
  });

type ExperienceRow = Pick<ExperienceEntity, 'schoolId' | 'status' | 'hostPartnerIds'>;

/**
 * Who reads an experience: staff every one (the district's offer is public to them), a host
 * partner's users the ones it hosts, students those not in DRAFT (lists narrow them further to their
 * grade and school, ExperienceService.list).
 */
export const experienceScope = defineScope<ExperienceRow, ExperiencesContext>({
  entity: 'Experience',
  columns: { status: 'status' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    DEPARTMENT_STAFF: () => ALL_ROWS,
    SCHOOL_STAFF: () => ALL_ROWS,
    PARTNER_USER: (caller) => hostedBy(caller.partnerId),
    STUDENT: () => rowsWhere({ status: ['PUBLISHED', 'COMPLETED', 'CANCELLED'] }),
  },
});

/** Who runs an experience (edits it, publishes it): district and department staff; school staff their schools' own. */
export const experienceManagerScope = defineScope<ExperienceRow, ExperiencesContext>({
  entity: 'Experience',
  columns: { schoolId: 'school_id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    DEPARTMENT_STAFF: () => ALL_ROWS,
    SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }),
  },
});

/** Who records attendance and results: those who run the experience, and its host partners' users. */
export const attendanceRecorderScope = defineScope<ExperienceRow, ExperiencesContext>({
  entity: 'Experience',
  columns: { schoolId: 'school_id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    DEPARTMENT_STAFF: () => ALL_ROWS,
    SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }),
    PARTNER_USER: (caller) => hostedBy(caller.partnerId),
  },
});

/**
 * The registrations and attendance rows of an experience a role lists: school staff those of their
 * schools' students (the school recorded with the row); staff and host partners every one (the
 * experience itself is checked first); a student their own.
 */
export const rosterScope = defineScope<{ schoolId: string; studentId: string }, ExperiencesContext>({
  entity: 'ExperienceRegistration',
  columns: { schoolId: 'school_id', studentId: 'student_id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    DEPARTMENT_STAFF: () => ALL_ROWS,
    PARTNER_USER: () => ALL_ROWS,
    SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }),
    STUDENT: (caller) => rowsWhere({ studentId: caller.studentId }),
  },
});

// Staff and students read the offer; a host partner's users the experiences they host.
const EXPERIENCE_READERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'ALL', PARTNER_USER: 'OWN', STUDENT: 'OWN' };

// The college & career office (district, departments) runs experiences anywhere; school staff at their schools.
const ORGANIZERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'OWN' };

// Rosters (who registered, who came): staff and the host, not students (other students' names).
const ROSTER_READERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'ALL', PARTNER_USER: 'OWN' };

// Staff registering students: for the students in their scope (checked per student).
const REGISTRARS: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'OWN', SCHOOL_STAFF: 'OWN' };

// A student's history is an education record: the students subgraph's readers, each in their scope.
const HISTORY_READERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', DEPARTMENT_STAFF: 'OWN', STUDENT: 'OWN' };

const EVERY_ROLE: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'ALL', ANALYST: 'ALL', PARTNER_USER: 'ALL', STUDENT: 'ALL' };

export const experiencesPolicy = definePolicy<ExperiencesContext>({
  subgraph: 'experiences',
  Query: {
    experience: EXPERIENCE_READERS,
    experiences: EXPERIENCE_READERS,
    reportingExperiencesAttended: { SERVICE: 'ALL' },
    // The work-based learning metrics' attending students: the placements subgraph's signed calls only.
    reportingAttendanceStudents: { SERVICE: 'ALL' },
  },
  Mutation: {
    createExperience: ORGANIZERS,
    updateExperience: ORGANIZERS,
    publishExperience: ORGANIZERS,
    cancelExperience: ORGANIZERS,
    completeExperience: ORGANIZERS,
    registerForExperience: { STUDENT: 'OWN' },
    registerStudentsForExperience: REGISTRARS,
    cancelRegistration: { ...REGISTRARS, STUDENT: 'OWN' },
    recordExperienceAttendance: { ...ORGANIZERS, PARTNER_USER: 'OWN' },
    recordTeamChallengeResults: { ...ORGANIZERS, PARTNER_USER: 'OWN' },
  },
  types: {
    // The endorsement's attended experiences: SERVICE (the students subgraph) only.
    StudentExperiencesAttended: { access: {} },
    AttendanceReportingStudent: { access: {} },
    AttendanceReportingEngagement: { access: {} },
    Experience: {
      access: EXPERIENCE_READERS,
      fields: { registrations: ROSTER_READERS, attendance: ROSTER_READERS },
      scope: experienceScope,
    },
    // Reached through an experience (rosters) or a student's own registration.
    ExperienceRegistration: { access: { ...ROSTER_READERS, PARTNER_USER: 'ALL', STUDENT: 'ALL' } },
    ExperienceAttendance: { access: { ...ROSTER_READERS, PARTNER_USER: 'ALL' } },
    ExperienceTeam: { access: { ...EXPERIENCE_READERS, PARTNER_USER: 'ALL', STUDENT: 'ALL' } },
    StudentExperience: { access: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'ALL', DEPARTMENT_STAFF: 'ALL', STUDENT: 'ALL' } },
    // Students appear in rosters and teams by id; their history is the restricted part.
    Student: { access: { ...ROSTER_READERS, PARTNER_USER: 'ALL', STUDENT: 'ALL' }, fields: { experiences: HISTORY_READERS }, scope: studentScope },
    Partner: { access: EVERY_ROLE },
    School: { access: EVERY_ROLE, fields: { experiences: AGGREGATE_READERS } },
    // Aggregates: exact or suppressed per caller by the metric cube, never row by row.
    SchoolYear: { access: AGGREGATE_READERS },
    ExperienceEngagementMetrics: { access: AGGREGATE_READERS },
    ...SHARED_METRIC_TYPES,
  },
});
