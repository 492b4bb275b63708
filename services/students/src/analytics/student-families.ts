import { type MetricFamilySpec, STUDENT_DIMENSIONS } from '@careergraph/kit';
import type { ReportingRepository } from '../repositories/reporting.repository';
import type { EndorsementDefinition } from '../config/endorsement-requirements';
import { endorsementProgress, NO_ENDORSEMENT_FACTS } from './endorsement-progress';
import type { FlagsByStudentYear, ReportingFlags } from './reporting-flags';

/** The student's subgroups from this subgraph's own records; the grade is the one in that school year. */
const STUDENT_COLUMNS = `st.school_id,
  (12 - (st.cohort - substr(x.school_year, 6, 4)::int))::text AS d_grade_level,
  st.economically_disadvantaged::text AS d_economically_disadvantaged, st.race_ethnicity AS d_race_ethnicity,
  st.gender AS d_gender, st.english_learner::text AS d_english_learner, st.disability_plan AS d_disability_plan`;

/** The student's programs in the year, for the program filters. */
const PROGRAM_ARRAYS = `
  coalesce(pr.program_ids, '{}'::uuid[]) AS program_ids, coalesce(pr.departments, '{}'::text[]) AS departments,
  coalesce(pr.career_clusters, '{}'::text[]) AS career_clusters`;
const PROGRAMS_OF_YEAR = `LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT e.program_id) AS program_ids, array_agg(DISTINCT p.department) AS departments,
           array_agg(DISTINCT p.career_cluster) AS career_clusters
      FROM students.program_enrollments e JOIN students.programs p ON p.id = e.program_id
     WHERE e.student_id = st.id AND e.school_year = x.school_year) pr ON true`;

/** Flags from another subgraph as parallel arrays the statement unnests (ids, years, one array per flag; absent is false). */
function flagColumns(param: (value: unknown) => string, flags: FlagsByStudentYear, names: readonly string[]) {
  const entries = [...flags.entries()];
  const ids = entries.map(([key]) => key.slice(key.indexOf('|') + 1));
  const years = entries.map(([key]) => key.slice(0, key.indexOf('|')));
  const columns = names.map((name) => `${param(entries.map(([, value]) => value[name] ?? false))}::boolean[]`);
  return `unnest(${param(ids)}::uuid[], ${param(years)}::text[], ${columns.join(', ')}) AS fl(student_id, school_year, ${names
    .map((n) => `"${n}"`)
    .join(', ')})`;
}

/**
 * Perkins V per school year: one fact per student enrolled in a program that year, with the most
 * courses completed in a single program so far (counted once, and passed to the aggregate
 * statement); 5S1–5S3 flags of concentrators come from credentials and placements (SERVICE
 * lookups) before the one aggregate statement.
 */
export function perkinsFamily(reporting: ReportingRepository, flags: ReportingFlags): MetricFamilySpec {
  return {
    name: 'perkins',
    dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL'],
    facts: async (param, years) => {
      const courses = await reporting.coursesToDate(years);
      const concentrators = courses.filter((c) => c.mostCourses >= 2);
      const [outcomes, wbl] = await Promise.all([flags.outcomes(concentrators), flags.workBasedLearning(concentrators)]);
      const merged: FlagsByStudentYear = new Map(outcomes);
      for (const [key, flags] of wbl) merged.set(key, { ...merged.get(key), ...flags });
      return `
        SELECT x.school_year, x.student_id, ${STUDENT_COLUMNS}, ${PROGRAM_ARRAYS},
          x.most_courses >= 1 AS participant, x.most_courses >= 2 AS concentrator,
          coalesce(fl."recognizedPostsecondaryCredential", false) AS credential,
          coalesce(fl."postsecondaryCredit", false) AS credit, coalesce(fl."workBasedLearning", false) AS wbl
        FROM unnest(${param(courses.map((c) => c.schoolYear))}::text[], ${param(courses.map((c) => c.studentId))}::uuid[],
                    ${param(courses.map((c) => c.mostCourses))}::int[]) AS x(school_year, student_id, most_courses)
        JOIN students.students st ON st.id = x.student_id
        ${PROGRAMS_OF_YEAR}
        LEFT JOIN ${flagColumns(param, merged, ['recognizedPostsecondaryCredential', 'postsecondaryCredit', 'workBasedLearning'])}
          ON fl.student_id = x.student_id AND fl.school_year = x.school_year`;
    },
    measures: [
      { name: 'participants', kind: 'students', where: 'f.participant' },
      { name: 'concentrators', kind: 'students', where: 'f.concentrator' },
      { name: 'indicator5S1', kind: 'rate', numerator: 'f.credential', denominator: 'concentrators' },
      { name: 'indicator5S2', kind: 'rate', numerator: 'f.credit', denominator: 'concentrators' },
      { name: 'indicator5S3', kind: 'rate', numerator: 'f.wbl', denominator: 'concentrators' },
    ],
  };
}

/**
 * The graduating class per school year (cohort = the year's end year) at their current school,
 * with the district goal's flags from credentials (SERVICE lookups) by the end of the year.
 */
export function graduatingCohortFamily(reporting: ReportingRepository, flags: ReportingFlags): MetricFamilySpec {
  return {
    name: 'graduatingCohort',
    dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL'],
    facts: async (param, years) => {
      const outcomes = await flags.outcomes(await reporting.cohorts(years));
      return `
        SELECT x.school_year, st.id AS student_id, ${STUDENT_COLUMNS}, ${PROGRAM_ARRAYS},
          coalesce(fl."advancedCreditOrCredential", false) AS advanced, coalesce(fl."meetsSemesterGoal", false) AS goal
        FROM unnest(${param([...years])}::text[]) AS x(school_year)
        JOIN students.students st ON st.cohort = substr(x.school_year, 6, 4)::int
        ${PROGRAMS_OF_YEAR}
        LEFT JOIN ${flagColumns(param, outcomes, ['advancedCreditOrCredential', 'meetsSemesterGoal'])}
          ON fl.student_id = st.id AND fl.school_year = x.school_year`;
    },
    measures: [
      { name: 'students', kind: 'students' },
      { name: 'advancedCreditOrCredentialRate', kind: 'rate', numerator: 'f.advanced', denominator: 'students' },
      { name: 'semesterGoalRate', kind: 'rate', numerator: 'f.goal', denominator: 'students' },
    ],
  };
}

/**
 * College and Career Pathway Endorsement per school year: one fact per student in grades 9–12 that
 * year, at their current school, earned and on track by the end of the year (the rules of
 * Student.endorsementProgress, attending that year) from the owners' facts (SERVICE lookups).
 */
export function endorsementFamily(reporting: ReportingRepository, flags: ReportingFlags, definition: EndorsementDefinition): MetricFamilySpec {
  return {
    name: 'endorsement',
    dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL'],
    facts: async (param, years) => {
      const students = await reporting.highSchoolStudents(years);
      const facts = await flags.endorsementFacts(students);
      const progress: FlagsByStudentYear = new Map();
      for (const { schoolYear, studentId, gradeLevel } of students) {
        const key = `${schoolYear}|${studentId}`;
        const { earned, onTrack } = endorsementProgress(definition, facts.get(key) ?? NO_ENDORSEMENT_FACTS, { gradeLevel, enrollmentStatus: 'ENROLLED' });
        if (earned || onTrack) progress.set(key, { earned, onTrack });
      }
      return `
        SELECT x.school_year, st.id AS student_id, ${STUDENT_COLUMNS}, ${PROGRAM_ARRAYS},
          coalesce(fl."earned", false) AS earned, coalesce(fl."onTrack", false) AS on_track
        FROM unnest(${param([...years])}::text[]) AS x(school_year)
        JOIN students.students st ON st.cohort BETWEEN substr(x.school_year, 6, 4)::int AND substr(x.school_year, 6, 4)::int + 3
        ${PROGRAMS_OF_YEAR}
        LEFT JOIN ${flagColumns(param, progress, ['earned', 'onTrack'])}
          ON fl.student_id = st.id AND fl.school_year = x.school_year`;
    },
    measures: [
      { name: 'students', kind: 'students' },
      { name: 'studentsEarned', kind: 'students', where: 'f.earned' },
      { name: 'studentsOnTrack', kind: 'students', where: 'f.on_track' },
    ],
  };
}
