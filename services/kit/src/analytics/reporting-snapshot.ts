import type { StudentReportingSnapshotColumns } from './reporting-snapshot-table';

/**
 * The student attributes an event (a placement, an award) is reported under, copied from the
 * students subgraph when the event is recorded — as accountability reporting expects: a student
 * who later changes school, grade or status still counts where they were. Only aggregates are
 * ever computed from it; no API returns it row by row. Its columns are declared once, in
 * StudentReportingSnapshotColumns.
 */
export type StudentReportingSnapshot = StudentReportingSnapshotColumns;

/**
 * What the mapping needs of a student: the kit's `StudentReporting` fragment (student-reporting.graphql)
 * as an owner answers it, or a demo student as the seeds build it.
 */
export interface StudentReportingRef {
  id: string;
  gradeLevel: number;
  school: { id: string };
  economicallyDisadvantaged: boolean;
  raceEthnicity: string;
  gender: string;
  englishLearner: boolean;
  disabilityPlan: string;
  enrollments: { schoolYear: string; program: { id: string; department: string; careerCluster: string } }[];
}

const distinctSorted = (values: string[]) => [...new Set(values)].sort();

/** The snapshot of `student` for an event in `schoolYear` recorded at `schoolId` (the event's own school). */
export function studentReportingSnapshot(student: StudentReportingRef, schoolYear: string, schoolId: string): StudentReportingSnapshot {
  const programs = student.enrollments.filter((e) => e.schoolYear === schoolYear).map((e) => e.program);
  return {
    schoolId,
    gradeLevel: student.gradeLevel,
    economicallyDisadvantaged: student.economicallyDisadvantaged,
    raceEthnicity: student.raceEthnicity,
    gender: student.gender,
    englishLearner: student.englishLearner,
    disabilityPlan: student.disabilityPlan,
    programIds: distinctSorted(programs.map((p) => p.id)),
    departments: distinctSorted(programs.map((p) => p.department)),
    careerClusters: distinctSorted(programs.map((p) => p.careerCluster)),
  };
}

/** The facts columns every family's SQL selects from a snapshot table aliased `s` (see MetricFamilySpec). */
export const SNAPSHOT_FACT_COLUMNS = `s.school_id, s.program_ids, s.departments, s.career_clusters,
  s.grade_level::text AS d_grade_level, s.economically_disadvantaged::text AS d_economically_disadvantaged,
  s.race_ethnicity AS d_race_ethnicity, s.gender AS d_gender, s.english_learner::text AS d_english_learner,
  s.disability_plan AS d_disability_plan`;
