import { accessOf, AGGREGATE_READERS, ALL_ROWS, defineScope, definePolicy, type RoleAccess, rowsRelated, rowsWhere, SHARED_METRIC_TYPES } from '@careergraph/kit';
import type { StudentsContext } from './context';
import type { StudentEntity } from './entities/student.entity';

/**
 * The students each role reaches: school staff those attending their schools now, department staff
 * those enrolled (any year) in one of their department's programs, a partner those it has a
 * legitimate interest in (placed with it: only the placements subgraph knows, one batched lookup
 * per request, so partners never list students), a student themself.
 */
export const studentScope = defineScope<StudentEntity, StudentsContext>({
  entity: 'Student',
  columns: { id: 'id', schoolId: 'school_id' },
  rules: {
    DISTRICT_ADMIN: () => ALL_ROWS,
    SERVICE: () => ALL_ROWS,
    SCHOOL_STAFF: (caller) => rowsWhere({ schoolId: caller.schoolIds }),
    DEPARTMENT_STAFF: (caller) =>
      rowsRelated({
        check: async (student, context) =>
          (await context.loaders.departmentsByStudent.load(student.id)).some((row) => row.department === caller.department),
        sql: (alias) => ({
          clause: `EXISTS (SELECT 1 FROM students.program_enrollments se JOIN students.programs sp ON sp.id = se.program_id
                    WHERE se.student_id = ${alias}.id AND sp.department = :scopeStudentDepartment)`,
          params: { scopeStudentDepartment: caller.department },
        }),
      }),
    PARTNER_USER: () => rowsRelated({ check: async (student, context) => (await context.loaders.partnerAccess.load(student.id)) !== null }),
    STUDENT: (caller) => rowsWhere({ id: caller.studentId }),
  },
});

/** The schools whose rosters and records a role manages: a district administrator every one, school staff theirs. */
export const schoolScope = defineScope<{ id: string }, StudentsContext>({
  entity: 'School',
  columns: { id: 'id' },
  rules: { DISTRICT_ADMIN: () => ALL_ROWS, SCHOOL_STAFF: (caller) => rowsWhere({ id: caller.schoolIds }) },
});

/**
 * Schools and programs are the district's published catalog, not education records: every
 * signed-in role reads them (a partner needs a school's name, an analyst the catalog to aggregate
 * by). Only rosters under a school are student data.
 */
const CATALOG: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  DEPARTMENT_STAFF: 'ALL',
  SCHOOL_STAFF: 'ALL',
  PARTNER_USER: 'ALL',
  ANALYST: 'ALL',
  STUDENT: 'ALL',
};

/**
 * Who may receive a student at all. A partner only students placed with it (its legitimate
 * interest, asked of placements); an analyst no row-level student data.
 */
const STUDENT: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  SCHOOL_STAFF: 'OWN',
  DEPARTMENT_STAFF: 'OWN',
  PARTNER_USER: 'OWN',
  STUDENT: 'OWN',
};

/** The student's record beyond what a partner may see (preferredName, gradeLevel, school, contact). */
const SCHOOL_OFFICIALS_AND_STUDENT: RoleAccess = {
  DISTRICT_ADMIN: 'ALL',
  SCHOOL_STAFF: 'OWN',
  DEPARTMENT_STAFF: 'OWN',
  STUDENT: 'OWN',
};

/** Date of birth, demographics, IEP/504, EL status: administrators and staff of the student's school. */
const SENSITIVE: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' };

/** Student writes: administrators, and school staff for students of their schools. */
const STUDENT_WRITE: RoleAccess = { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' };

export const studentsPolicy = definePolicy<StudentsContext>({
  subgraph: 'students',
  Query: {
    student: STUDENT,
    // A partner has no roster to list: it reaches its students through its placements.
    students: SCHOOL_OFFICIALS_AND_STUDENT,
    school: CATALOG,
    schools: CATALOG,
    program: CATALOG,
    programs: CATALOG,
    schoolYear: AGGREGATE_READERS,
    schoolYears: AGGREGATE_READERS,
  },
  Mutation: {
    createStudent: STUDENT_WRITE,
    updateStudent: STUDENT_WRITE,
    enrollStudentInProgram: STUDENT_WRITE,
    exitProgramEnrollment: STUDENT_WRITE,
    recordCourseCompletion: STUDENT_WRITE,
    updateDirectoryOptOuts: STUDENT_WRITE,
    // The student keeps their own interests; their school's staff help (advising).
    updateCareerInterests: { SCHOOL_STAFF: 'OWN', STUDENT: 'OWN' },
    graduateClass: STUDENT_WRITE,
  },
  types: {
    Student: {
      access: STUDENT,
      fields: {
        districtStudentId: SCHOOL_OFFICIALS_AND_STUDENT,
        legalFirstName: SCHOOL_OFFICIALS_AND_STUDENT,
        legalLastName: SCHOOL_OFFICIALS_AND_STUDENT,
        cohort: SCHOOL_OFFICIALS_AND_STUDENT,
        enrollmentStatus: SCHOOL_OFFICIALS_AND_STUDENT,
        enrollments: SCHOOL_OFFICIALS_AND_STUDENT,
        directoryOptOuts: SCHOOL_OFFICIALS_AND_STUDENT,
        careerInterests: SCHOOL_OFFICIALS_AND_STUDENT,
        endorsementProgress: SCHOOL_OFFICIALS_AND_STUDENT,
        dateOfBirth: SENSITIVE,
        raceEthnicity: SENSITIVE,
        gender: SENSITIVE,
        disabilityPlan: SENSITIVE,
        englishLearner: SENSITIVE,
        economicallyDisadvantaged: SENSITIVE,
        // Parents and eligible students may inspect the record (34 CFR 99.32(c)).
        disclosures: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN', STUDENT: 'OWN' },
      },
      scope: studentScope,
      // Every field decision on a student feeds the record of disclosures (non-school officials only).
      observe: ({ caller, fieldName, parent, allowed, context }) => {
        const { id } = parent as StudentEntity;
        if (allowed) context.disclosures.read(id, fieldName);
        else context.disclosures.refused(id, fieldName, refusalRule(fieldName, caller.role));
      },
    },
    School: {
      access: CATALOG,
      fields: {
        students: { DISTRICT_ADMIN: 'ALL', SCHOOL_STAFF: 'OWN' },
        perkins: AGGREGATE_READERS,
        graduatingCohort: AGGREGATE_READERS,
        endorsement: AGGREGATE_READERS,
      },
      scope: schoolScope,
    },
    Program: { access: CATALOG, fields: { perkins: AGGREGATE_READERS } },
    // Aggregates: exact or suppressed per caller by the metric cube, never row by row.
    SchoolYear: { access: AGGREGATE_READERS },
    PerkinsMetrics: { access: AGGREGATE_READERS },
    GraduatingCohortMetrics: { access: AGGREGATE_READERS },
    EndorsementMetrics: { access: AGGREGATE_READERS },
    ...SHARED_METRIC_TYPES,
  },
});

/** Why the policy refused a student field: the role never reads it, or this student is not theirs. */
function refusalRule(fieldName: string, role: Parameters<typeof accessOf>[1]): 'ROLE_POLICY' | 'OUTSIDE_SCOPE' {
  const student = studentsPolicy.types.Student;
  return accessOf(student.fields?.[fieldName] ?? student.access, role) ? 'OUTSIDE_SCOPE' : 'ROLE_POLICY';
}
