/**
 * The measures each metric family publishes as fields of its GraphQL type, by the family's field
 * name. Declared once here because the owning subgraph (its resolvers) and the gateway (CSV
 * exports) both read them, and the gateway loads no subgraph code. Measures a family computes only
 * as guards or denominators (e.g. `studentsCompleting`) stay private to its `MetricFamilySpec`.
 */
export const PUBLISHED_MEASURES = {
  workBasedLearning: ['studentsEngaged', 'hoursApproved', 'placementsCompleted', 'partnersHosting'],
  credentialAttainment: ['awards', 'studentsAwarded', 'earlyCollegeCreditHours', 'estimatedTuitionSavings'],
  collegeReadiness: ['mathEligibilityRate', 'englishEligibilityRate'],
  perkins: ['participants', 'concentrators', 'indicator5S1', 'indicator5S2', 'indicator5S3'],
  graduatingCohort: ['students', 'advancedCreditOrCredentialRate', 'semesterGoalRate'],
  endorsement: ['students', 'studentsEarned', 'studentsOnTrack'],
  experiences: ['studentsAttending', 'studentsInCareerAwareness', 'studentsInCareerExploration', 'studentsInCareerPreparation', 'experiencesHeld'],
} as const satisfies Record<string, readonly string[]>;

export type MetricFamilyName = keyof typeof PUBLISHED_MEASURES;
