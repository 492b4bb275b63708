/**
 * The benchmark operations, one entry each: the GraphQL sent through both gateways, how its
 * variables come from the fixtures, and the hand-written SQL answering the same question straight
 * from PostgreSQL (the floor no gateway can beat). Adding an operation is adding an entry.
 */
import type { Fixtures } from './fixtures';

export interface BenchOperation {
  name: string;
  query: string;
  variables(fixtures: Fixtures): Record<string, unknown>;
  /** The equivalent hand-written SQL, run directly with pg. */
  floor: { sql: string; parameters(fixtures: Fixtures): unknown[] };
  /**
   * For an operation taking seconds: each measured window sends this many requests and lasts until
   * every one is answered. A window of fixed seconds drops the requests still in flight when it
   * closes, which for answers of several seconds is a large and random share of them.
   */
  loadRequests?: number;
}

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'studentFullView',
    query: `query StudentFullView($id: ID!) {
  student(id: $id) {
    id preferredName gradeLevel
    school { id name }
    enrollments { schoolYear participant concentrator program { name careerCluster } }
    placements { id status schoolYear approvedHours stipendTotal partner { id name } worksite { name }
      supervisor { firstName lastName } opportunity { title cedsType } }
    workBasedLearningHours
    credentials { id earnedOn verificationStatus creditHoursEarned credential { name type creditHours issuer { id name } } }
    earlyCollegeCreditHours estimatedTuitionSavings meetsAdvancedCreditGoal
  }
}`,
    variables: (f) => ({ id: f.studentId }),
    floor: {
      sql: `SELECT s.id, s.preferred_name, s.grade_level, sc.name AS school,
  (SELECT json_agg(json_build_object('schoolYear', e.school_year, 'program', p.name, 'cluster', p.career_cluster,
      'courses', (SELECT count(*) FROM students.course_completions c WHERE c.enrollment_id = e.id)))
     FROM students.program_enrollments e JOIN students.programs p ON p.id = e.program_id WHERE e.student_id = s.id) AS enrollments,
  (SELECT json_agg(json_build_object('id', pl.id, 'status', pl.status, 'partner', pa.name, 'worksite', w.name,
      'supervisor', ct.last_name, 'opportunity', o.title,
      'approvedMinutes', (SELECT coalesce(sum(t.duration_minutes), 0) FROM placements.time_entries t WHERE t.placement_id = pl.id AND t.status = 'APPROVED')))
     FROM placements.placements pl JOIN partners.partners pa ON pa.id = pl.partner_id
     LEFT JOIN partners.worksites w ON w.id = pl.worksite_id
     -- A student's application has no supervisor until the partner offers: it is still listed.
     LEFT JOIN partners.partner_contacts ct ON ct.id = pl.supervisor_id
     JOIN partners.opportunities o ON o.id = pl.opportunity_id WHERE pl.student_id = s.id) AS placements,
  (SELECT json_agg(json_build_object('id', a.id, 'earnedOn', a.earned_on, 'credential', cr.name, 'issuer', pa.name, 'hours', a.credit_hours_earned))
     FROM credentials.credential_awards a JOIN credentials.credentials cr ON cr.id = a.credential_id
     JOIN partners.partners pa ON pa.id = cr.issuer_id WHERE a.student_id = s.id) AS credentials
FROM students.students s JOIN students.schools sc ON sc.id = s.school_id WHERE s.id = $1`,
      parameters: (f) => [f.studentId],
    },
  },
  {
    name: 'schoolRoster50',
    query: `query SchoolRoster($schoolId: ID!, $first: Int!, $after: String) {
  students(filter: { schoolId: $schoolId }, first: $first, after: $after) {
    edges { cursor node { id legalLastName preferredName gradeLevel
      placements { status partner { name } opportunity { title } approvedHours }
      credentials { earnedOn credential { name issuer { name } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: (f) => ({ schoolId: f.schoolId, first: 50 }),
    floor: {
      sql: `SELECT s.id, s.legal_last_name, s.preferred_name, s.grade_level,
  (SELECT json_agg(json_build_object('status', pl.status, 'partner', pa.name, 'opportunity', o.title,
      'approvedMinutes', (SELECT coalesce(sum(t.duration_minutes), 0) FROM placements.time_entries t WHERE t.placement_id = pl.id AND t.status = 'APPROVED')))
     FROM placements.placements pl JOIN partners.partners pa ON pa.id = pl.partner_id JOIN partners.opportunities o ON o.id = pl.opportunity_id
     WHERE pl.student_id = s.id) AS placements,
  (SELECT json_agg(json_build_object('earnedOn', a.earned_on, 'credential', cr.name, 'issuer', pa.name))
     FROM credentials.credential_awards a JOIN credentials.credentials cr ON cr.id = a.credential_id
     JOIN partners.partners pa ON pa.id = cr.issuer_id WHERE a.student_id = s.id) AS credentials
FROM students.students s WHERE s.school_id = $1 AND s.enrollment_status = 'ENROLLED'
ORDER BY s.legal_last_name, s.legal_first_name, s.id LIMIT 51`,
      parameters: (f) => [f.schoolId],
    },
  },
  {
    name: 'partnerActivePlacements',
    query: `query PartnerActivePlacements($id: ID!, $first: Int!) {
  partner(id: $id) {
    name
    placements(status: ACTIVE, first: $first) {
      edges { node { id startDate student { preferredName legalLastName } supervisor { firstName lastName }
        timeEntries(status: SUBMITTED, first: 20) { edges { node { id workDate durationMinutes } } } } }
    }
  }
}`,
    variables: (f) => ({ id: f.partnerId, first: 50 }),
    floor: {
      sql: `SELECT pl.id, pl.start_date, s.preferred_name, s.legal_last_name, ct.first_name, ct.last_name,
  (SELECT json_agg(t) FROM (SELECT t.id, t.work_date, t.duration_minutes FROM placements.time_entries t
     WHERE t.placement_id = pl.id AND t.status = 'SUBMITTED' ORDER BY t.work_date, t.id LIMIT 21) t) AS pending
FROM placements.placements pl JOIN students.students s ON s.id = pl.student_id
LEFT JOIN partners.partner_contacts ct ON ct.id = pl.supervisor_id
WHERE pl.partner_id = $1 AND pl.status = 'ACTIVE' ORDER BY pl.start_date, pl.id LIMIT 51`,
      parameters: (f) => [f.partnerId],
    },
  },
  {
    name: 'districtMetrics',
    loadRequests: 16,
    query: `query DistrictMetrics($year: ID!) {
  schoolYear(id: $year) {
    id
    workBasedLearning { studentsEngaged { value } hoursApproved { value } placementsCompleted { value } partnersHosting { value } }
    credentialAttainment { awards { value } studentsAwarded { value } earlyCollegeCreditHours { value } estimatedTuitionSavings { value } }
    perkins { participants { value } concentrators { value } indicator5S3 { value } }
    graduatingCohort { students { value } advancedCreditOrCredentialRate { value numerator denominator } }
  }
}`,
    variables: (f) => ({ year: f.schoolYear }),
    floor: {
      // The headline counts straight from the tables (without the subgroup breakdowns or the
      // per-student joins Perkins and the cohort rate need across services).
      sql: `SELECT
  (SELECT count(DISTINCT student_id) FROM placements.placements WHERE school_year = $1 AND status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')) AS engaged,
  (SELECT coalesce(sum(t.duration_minutes), 0) / 60.0 FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
     WHERE p.school_year = $1 AND t.status = 'APPROVED') AS hours,
  (SELECT count(*) FROM placements.placements WHERE school_year = $1 AND status = 'COMPLETED') AS completed,
  (SELECT count(DISTINCT partner_id) FROM placements.placements WHERE school_year = $1 AND status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')) AS partners,
  (SELECT count(*) FROM credentials.credential_awards a JOIN credentials.award_reporting_snapshots s ON s.award_id = a.id
     WHERE s.school_year = $1 AND a.verification_status <> 'REVOKED') AS awards,
  (SELECT count(DISTINCT e.student_id) FROM students.program_enrollments e WHERE e.school_year = $1) AS participants,
  (SELECT count(*) FROM students.students WHERE cohort = split_part($1, '-', 2)::int) AS cohort`,
      parameters: (f) => [f.schoolYear],
    },
  },
];
