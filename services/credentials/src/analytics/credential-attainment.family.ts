import { type MetricFamilySpec, SNAPSHOT_FACT_COLUMNS, STUDENT_DIMENSIONS } from '@careergraph/kit';
import { COURSE_TYPES, PASSING_GRADES } from '../repositories/award.repository';

/**
 * Credentials earned per school year: one fact per award not revoked, reported under its snapshot.
 * Early college credit counts passed dual credit and dual enrollment courses only.
 */
export function credentialAttainmentFamily(tuitionPerCreditHour: number): MetricFamilySpec {
  return {
    name: 'credentialAttainment',
    dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL', 'CREDENTIAL_TYPE', 'CAREER_CLUSTER'],
    facts: (param) => `
      SELECT s.school_year, a.id AS award_id, a.student_id, ${SNAPSHOT_FACT_COLUMNS},
        c.type AS d_credential_type, c.career_cluster AS d_career_cluster,
        CASE WHEN c.type = ANY(${param([...COURSE_TYPES])}::text[]) AND a.grade = ANY(${param([...PASSING_GRADES])}::text[])
             THEN a.credit_hours_earned ELSE 0 END AS credit_hours
      FROM credentials.credential_awards a
      JOIN credentials.award_reporting_snapshots s ON s.award_id = a.id
      JOIN credentials.credentials c ON c.id = a.credential_id
      WHERE a.verification_status <> 'REVOKED'`,
    measures: [
      { name: 'studentsAwarded', kind: 'students' },
      { name: 'awards', kind: 'distinct', expr: 'f.award_id', guard: 'studentsAwarded' },
      // Credit hours disclose the students who earned them: guarded by that group.
      { name: 'studentsEarningCredit', kind: 'students', where: 'f.credit_hours > 0' },
      { name: 'earlyCollegeCreditHours', kind: 'sum', expr: 'f.credit_hours', guard: 'studentsEarningCredit', decimals: 1 },
      {
        name: 'estimatedTuitionSavings',
        kind: 'sum',
        expr: `f.credit_hours * ${Number(tuitionPerCreditHour)}`,
        guard: 'studentsEarningCredit',
        decimals: 2,
      },
    ],
  };
}

/**
 * Chicago Roadmap readiness per school year: the latest determination of each student and subject
 * made in the year, reported under its snapshot.
 */
export const collegeReadinessFamily: MetricFamilySpec = {
  name: 'collegeReadiness',
  dimensions: [...STUDENT_DIMENSIONS, 'SCHOOL'],
  facts: () => `
    SELECT DISTINCT ON (s.school_year, d.student_id, d.subject)
      s.school_year, d.student_id, d.subject, d.eligible, ${SNAPSHOT_FACT_COLUMNS}
    FROM credentials.readiness_determinations d
    JOIN credentials.readiness_reporting_snapshots s ON s.determination_id = d.id
    ORDER BY s.school_year, d.student_id, d.subject, d.as_of DESC, d.created_at DESC`,
  measures: [
    { name: 'mathDetermined', kind: 'students', where: `f.subject = 'MATH'` },
    { name: 'mathEligibilityRate', kind: 'rate', numerator: 'f.eligible', denominator: 'mathDetermined' },
    { name: 'englishDetermined', kind: 'students', where: `f.subject = 'ENGLISH'` },
    { name: 'englishEligibilityRate', kind: 'rate', numerator: 'f.eligible', denominator: 'englishDetermined' },
  ],
};
