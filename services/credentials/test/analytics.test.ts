import { randomUUID } from 'node:crypto';
import { type Caller, createLogger, REPORTING_SET_MAX_STUDENTS } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, type TestDataSource, testCaller } from '@careergraph/kit/testing';
import { studentsSubgraph } from '@careergraph/students';
import { studentsFactories } from '../../students/test/factories';
import { credentialsSubgraph } from '../src/server';
import { testBadgeIssuer } from './badge-issuer';
import { credentialsFactories } from './factories';

const logger = createLogger('test', 'silent');
const YEAR = '2025-2026';
const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const SERVICE: Caller = { subject: 'service:students', role: 'SERVICE', scope: { schoolIds: [] } };
let studentsDb: TestDataSource;
let db: TestDataSource;
let studentsServer: ReturnType<typeof studentsSubgraph.build>;
let server: ReturnType<typeof credentialsSubgraph.build>;
let make: ReturnType<typeof credentialsFactories>;
const studentIds: string[] = [];

// School A: 24 students with awards (a certification each; every third also passes a 3-hour course,
// every fifth fails one), school B: 12; 3 revoked awards; 40 math and 30 English determinations.
beforeAll(async () => {
  studentsDb = await openTestDataSource(studentsSubgraph.schema);
  studentsServer = studentsSubgraph.build({ dataSource: studentsDb.dataSource, logger, production: false, subgraphUrls: {} });
  const studentsUrl = await studentsServer.listen('127.0.0.1', 0);
  db = await openTestDataSource(credentialsSubgraph.schema);
  server = credentialsSubgraph.build(
    { dataSource: db.dataSource, logger, production: false, subgraphUrls: {} },
    {
      studentsUrl,
      partnersUrl: 'http://127.0.0.1:9/graphql',
      entityLookupTimeoutMs: 3000,
      tuitionPerCreditHour: 149,
      semesterCreditHours: 12,
      badgeIdentitySalt: 'test-salt',
      badgeIssuer: testBadgeIssuer(),
    },
  );
  make = credentialsFactories(db.dataSource);
  const certification = await make.credential({ advancedCertification: true });
  const license = await make.credential({ type: 'OCCUPATIONAL_LICENSE', careerCluster: 'HEALTH_SCIENCE', recognizedPostsecondaryCredential: false });
  const course = await make.course({ recognizedPostsecondaryCredential: false });
  const add = async (schoolId: string, i: number) => {
    const studentId = randomUUID();
    studentIds.push(studentId);
    const snapshot = { gradeLevel: i % 3 === 0 ? 12 : 11, gender: i % 2 === 0 ? 'FEMALE' : 'MALE' };
    const award = await make.award(i % 4 === 0 ? license : certification, studentId, { schoolId, verificationStatus: 'VERIFIED', verifiedBy: 'test', verifiedAt: new Date() });
    await make.awardSnapshot(award, snapshot);
    if (i % 3 === 0) await make.awardSnapshot(await make.award(course, studentId, { schoolId, term: '2025-FALL' }), snapshot);
    if (i % 5 === 0) {
      await make.awardSnapshot(await make.award(course, studentId, { schoolId, term: '2026-SPRING', grade: 'F', creditHoursEarned: 0 }), snapshot);
    }
    const math = await make.readiness(studentId, { eligible: i % 3 !== 1 });
    await make.readinessSnapshot(math, schoolId, snapshot);
    if (i < 30) await make.readinessSnapshot(await make.readiness(studentId, { subject: 'ENGLISH', eligible: i % 2 === 0 }), schoolId, snapshot);
  };
  for (let i = 0; i < 24; i++) await add(SCHOOL_A, i);
  for (let i = 24; i < 36; i++) await add(SCHOOL_B, i);
  for (let i = 0; i < 3; i++) {
    const revoked = await make.award(certification, randomUUID(), {
      schoolId: SCHOOL_A,
      verificationStatus: 'REVOKED',
      revokedBy: 'test',
      revokedAt: new Date(),
      revocationReason: 'recorded in error',
      earnedOn: '2025-11-01',
    });
    await make.awardSnapshot(revoked);
  }
  // A later, ineligible math determination replaces student 0's earlier one.
  await make.readinessSnapshot(await make.readiness(studentIds[0], { eligible: false, asOf: '2026-03-01' }), SCHOOL_A);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await studentsServer?.stop();
  await db?.close();
  await studentsDb?.close();
});

const QUERY = `query($reps: [_Any!]!, $year: ID!) {
  _entities(representations: $reps) {
    ... on SchoolYear {
      credentialAttainment { ...attainment }
      collegeReadiness { ...readiness }
    }
    ... on School {
      credentialAttainment(schoolYear: $year) { ...attainment }
      collegeReadiness(schoolYear: $year) { ...readiness }
    }
  }
}
fragment attainment on CredentialAttainmentMetrics {
  awards { value suppressed }
  studentsAwarded { value suppressed breakdown(by: GRADE_LEVEL) { key value suppressed } }
  earlyCollegeCreditHours { value suppressed }
  estimatedTuitionSavings { value suppressed }
  byType: awards { breakdown(by: CREDENTIAL_TYPE) { key value suppressed } }
}
fragment readiness on CollegeReadinessMetrics {
  mathEligibilityRate { value numerator denominator suppressed breakdown(by: GENDER) { key value numerator denominator suppressed gap } }
  englishEligibilityRate { value numerator denominator suppressed }
}`;

interface Metric {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppressed: boolean;
  breakdown?: { key: string; value: number | null; numerator?: number | null; denominator?: number | null; suppressed: boolean; gap?: number | null }[];
}
interface Answer {
  credentialAttainment: Record<'awards' | 'studentsAwarded' | 'earlyCollegeCreditHours' | 'estimatedTuitionSavings' | 'byType', Metric>;
  collegeReadiness: Record<'mathEligibilityRate' | 'englishEligibilityRate', Metric>;
}

async function ask(caller: Caller): Promise<Answer[]> {
  const reps = [{ __typename: 'SchoolYear', id: YEAR }, { __typename: 'School', id: SCHOOL_A }, { __typename: 'School', id: SCHOOL_B }];
  const result = await server.execute({ query: QUERY, variables: { reps, year: YEAR } }, { caller });
  expect(result.errors).toBeUndefined();
  return (result.data as { _entities: Answer[] })._entities;
}

/** Credential figures recomputed from the raw rows, independently of the metric engine. */
async function attainment(schoolId: string | null) {
  const [row] = await db.dataSource.query(
    `SELECT count(*)::int AS awards, count(DISTINCT a.student_id)::int AS students,
            coalesce(sum(a.credit_hours_earned) FILTER (WHERE c.type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE') AND a.grade IN ('A','B','C','D','P')), 0)::float AS hours
       FROM credentials.credential_awards a
       JOIN credentials.credentials c ON c.id = a.credential_id
       JOIN credentials.award_reporting_snapshots s ON s.award_id = a.id
      WHERE a.verification_status <> 'REVOKED' AND s.school_year = $1 AND ($2::uuid IS NULL OR s.school_id = $2)`,
    [YEAR, schoolId],
  );
  return row as { awards: number; students: number; hours: number };
}

/** The latest determination per student and subject, recomputed: eligible and determined counts. */
async function readiness(subject: string, schoolId: string | null, gender: string | null = null) {
  const [row] = await db.dataSource.query(
    `SELECT count(*) FILTER (WHERE eligible)::int AS eligible, count(*)::int AS determined FROM (
       SELECT DISTINCT ON (d.student_id) d.eligible, s.school_id, s.gender
         FROM credentials.readiness_determinations d JOIN credentials.readiness_reporting_snapshots s ON s.determination_id = d.id
        WHERE d.subject = $1 AND s.school_year = $2
        ORDER BY d.student_id, d.as_of DESC, d.created_at DESC) latest
      WHERE ($3::uuid IS NULL OR school_id = $3) AND ($4::text IS NULL OR gender = $4)`,
    [subject, YEAR, schoolId, gender],
  );
  return row as { eligible: number; determined: number };
}

describe('credential attainment and college readiness metrics', () => {
  it('match the raw rows for the district and each school (DISTRICT_ADMIN, exact)', async () => {
    const answers = await ask(DISTRICT_ADMIN);
    for (const [answer, schoolId] of [
      [answers[0], null],
      [answers[1], SCHOOL_A],
      [answers[2], SCHOOL_B],
    ] as const) {
      const raw = await attainment(schoolId);
      expect(answer.credentialAttainment.awards.value).toBe(raw.awards);
      expect(answer.credentialAttainment.studentsAwarded.value).toBe(raw.students);
      expect(answer.credentialAttainment.earlyCollegeCreditHours.value).toBe(raw.hours);
      expect(answer.credentialAttainment.estimatedTuitionSavings.value).toBe(raw.hours * 149);
      for (const subject of ['MATH', 'ENGLISH'] as const) {
        const r = await readiness(subject, schoolId);
        const metric = answer.collegeReadiness[subject === 'MATH' ? 'mathEligibilityRate' : 'englishEligibilityRate'];
        expect(metric).toMatchObject({ numerator: r.eligible, denominator: r.determined, suppressed: false });
        expect(metric.value).toBeCloseTo(r.eligible / r.determined, 4);
      }
    }
    const district = answers[0];
    expect(district.credentialAttainment.studentsAwarded.value).toBe(36);
    expect(district.credentialAttainment.earlyCollegeCreditHours.value).toBe(36);
    // The equity gap is the group's rate minus the overall rate.
    const overall = district.collegeReadiness.mathEligibilityRate.value!;
    for (const group of district.collegeReadiness.mathEligibilityRate.breakdown!) {
      const r = await readiness('MATH', null, group.key);
      expect(group).toMatchObject({ numerator: r.eligible, denominator: r.determined });
      expect(group.gap).toBeCloseTo(r.eligible / r.determined - overall, 3);
    }
    // Courses: 12 passed and 8 failed (failed ones are awards too, without credit).
    expect(district.credentialAttainment.byType.breakdown!.map((g) => [g.key, g.value])).toEqual([
      ['DUAL_CREDIT_COURSE', 20],
      ['INDUSTRY_CERTIFICATION', 27],
      ['OCCUPATIONAL_LICENSE', 9],
    ]);
  });

  it('suppress small counts, rates built on them and their complements for an ANALYST', async () => {
    const [district, a, b] = await ask(testCaller('ANALYST'));
    expect(district.credentialAttainment.studentsAwarded).toMatchObject({ value: 36, suppressed: false });
    // School B: 12 students, but only 4 earned course credit: the hours and savings are withheld.
    expect(b.credentialAttainment.studentsAwarded).toMatchObject({ value: 12, suppressed: false });
    expect(b.credentialAttainment.earlyCollegeCreditHours).toEqual({ value: null, suppressed: true });
    expect(b.credentialAttainment.estimatedTuitionSavings).toEqual({ value: null, suppressed: true });
    // ... and school A's too, or the district total would give B's away by subtraction.
    expect(a.credentialAttainment.earlyCollegeCreditHours).toEqual({ value: null, suppressed: true });
    // A rate over 12 determinations with fewer than 10 on either side is withheld with its counts.
    expect(b.collegeReadiness.mathEligibilityRate).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true });
    for (const answer of [district, a, b]) {
      for (const metric of [...Object.values(answer.credentialAttainment), ...Object.values(answer.collegeReadiness)]) {
        for (const m of [metric, ...(metric.breakdown ?? [])]) if (m.suppressed) expect(m.value).toBeNull();
      }
    }
  });

  // Who may ask it is in the role matrix of credentials-authorization.test.ts.
  it('answer the shared schoolYear root field as the entity does, and null for what is not a year', async () => {
    const root = `{ schoolYear(id: "${YEAR}") { id credentialAttainment { awards { value suppressed } estimatedTuitionSavings { value suppressed } } } }`;
    const viaRoot = await server.execute({ query: root }, { caller: DISTRICT_ADMIN });
    expect(viaRoot.errors).toBeUndefined();
    const [viaEntity] = await ask(DISTRICT_ADMIN);
    const { awards, estimatedTuitionSavings } = viaEntity.credentialAttainment;
    expect(viaRoot.data).toEqual({ schoolYear: { id: YEAR, credentialAttainment: { awards, estimatedTuitionSavings } } });
    const notAYear = await server.execute({ query: `{ schoolYear(id: "2025-2027") { id } }` }, { caller: DISTRICT_ADMIN });
    expect(notAYear).toMatchObject({ data: { schoolYear: null } });
    expect(notAYear.errors).toBeUndefined();
  });

  it('gives SCHOOL_STAFF their own school exactly, others suppressed', async () => {
    const [, a, b] = await ask(testCaller('SCHOOL_STAFF', { schoolIds: [SCHOOL_B] }));
    expect(b.credentialAttainment.earlyCollegeCreditHours).toEqual({ value: 12, suppressed: false });
    expect(a.credentialAttainment.earlyCollegeCreditHours.suppressed).toBe(true);
  });

  it('answer the students subgraph which of the students asked hold each outcome by the end of a year', async () => {
    const unknown = randomUUID();
    const result = await server.execute(
      {
        query: `query($ids: [ID!]!) { reportingOutcomeSet(schoolYear: "${YEAR}", studentIds: $ids) {
          recognizedPostsecondaryCredential postsecondaryCredit advancedCreditOrCredential meetsSemesterGoal } }`,
        variables: { ids: [studentIds[0], studentIds[1], studentIds[4], unknown] },
      },
      { caller: SERVICE },
    );
    expect(result.errors).toBeUndefined();
    const set = (result.data as { reportingOutcomeSet: Record<string, string[]> }).reportingOutcomeSet;
    const sorted = (ids: string[]) => [...ids].sort();
    // Student 0: a license and 3 credit hours (credit, not a recognized postsecondary credential, no
    // semester goal); student 1: a verified advanced certification (the goal by certification);
    // student 4: a career credential only; the unknown student: nothing.
    expect(sorted(set.recognizedPostsecondaryCredential)).toEqual([studentIds[1]]);
    expect(sorted(set.postsecondaryCredit)).toEqual([studentIds[0]]);
    expect(sorted(set.advancedCreditOrCredential)).toEqual(sorted([studentIds[0], studentIds[1], studentIds[4]]));
    expect(sorted(set.meetsSemesterGoal)).toEqual([studentIds[1]]);
  });

  it('refuse a reporting set to everyone but another subgraph, and bad arguments before any SQL', async () => {
    const ask = (caller: Caller, schoolYear: string, ids: string[]) =>
      server.execute(
        { query: `query($year: ID!, $ids: [ID!]!) { reportingOutcomeSet(schoolYear: $year, studentIds: $ids) { meetsSemesterGoal } }`, variables: { year: schoolYear, ids } },
        { caller },
      );
    const admin = await ask(DISTRICT_ADMIN, YEAR, [studentIds[0]]);
    expect(admin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
    const badYear = await ask(SERVICE, '2025', [studentIds[0]]);
    expect(badYear.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'schoolYear' } });
    const badId = await ask(SERVICE, YEAR, ['not-an-id']);
    expect(badId.errors?.[0]).toMatchObject({ message: 'studentIds: "not-an-id" is not a valid id', extensions: { code: 'BAD_USER_INPUT', field: 'studentIds' } });
    const tooMany = await ask(SERVICE, YEAR, Array.from({ length: REPORTING_SET_MAX_STUDENTS + 1 }, () => randomUUID()));
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'studentIds' } });
  });
});

describe('reporting snapshots', () => {
  it('are taken from the students subgraph when an award and a determination are recorded', async () => {
    const students = studentsFactories(studentsDb.dataSource);
    const school = await students.school();
    const program = await students.program([school], { department: 'ROADMAP', careerCluster: 'HEALTH_SCIENCE' });
    const student = await students.student(school, { gradeLevel: 12, englishLearner: true, disabilityPlan: 'IEP', raceEthnicity: 'WHITE' });
    await students.enrollment(student, program, { schoolYear: YEAR });
    const credential = await make.credential();
    const award = await server.execute(
      {
        query: `mutation($input: RecordCredentialAwardInput!) { recordCredentialAward(input: $input) { award { id } } }`,
        variables: { input: { studentId: student.id, credentialId: credential.id, earnedOn: '2026-02-01' } },
      },
      { caller: DISTRICT_ADMIN },
    );
    expect(award.errors).toBeUndefined();
    const awardId = (award.data as { recordCredentialAward: { award: { id: string } } }).recordCredentialAward.award.id;
    const [snapshot] = await db.dataSource.query(`SELECT * FROM credentials.award_reporting_snapshots WHERE award_id = $1`, [awardId]);
    expect(snapshot).toMatchObject({
      school_id: school.id,
      school_year: YEAR,
      grade_level: 12,
      english_learner: true,
      disability_plan: 'IEP',
      race_ethnicity: 'WHITE',
      program_ids: [program.id],
      departments: ['ROADMAP'],
      career_clusters: ['HEALTH_SCIENCE'],
    });
    const readinessAnswer = await server.execute(
      {
        query: `mutation($input: RecordCollegeReadinessInput!) { recordCollegeReadiness(input: $input) { determination { eligible } } }`,
        variables: { input: { studentId: student.id, subject: 'ENGLISH', eligible: true, basis: 'GPA', asOf: '2025-09-15' } },
      },
      { caller: DISTRICT_ADMIN },
    );
    expect(readinessAnswer.errors).toBeUndefined();
    const [readinessSnapshot] = await db.dataSource.query(
      `SELECT s.* FROM credentials.readiness_reporting_snapshots s JOIN credentials.readiness_determinations d ON d.id = s.determination_id
        WHERE d.student_id = $1`,
      [student.id],
    );
    expect(readinessSnapshot).toMatchObject({ school_id: school.id, school_year: YEAR, grade_level: 12, departments: ['ROADMAP'] });
  });
});
