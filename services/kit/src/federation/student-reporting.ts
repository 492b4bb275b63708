/**
 * The fields of the StudentReporting fragment (student-reporting.graphql) a reporting snapshot
 * copies: the schema makes them nullable to hide them from some callers, never from SERVICE, so a
 * reader narrows them with `withFields` before `studentReportingSnapshot`.
 */
export const STUDENT_REPORTING_FACTS = [
  'gradeLevel',
  'school',
  'economicallyDisadvantaged',
  'raceEthnicity',
  'gender',
  'englishLearner',
  'disabilityPlan',
  'enrollments',
] as const;
