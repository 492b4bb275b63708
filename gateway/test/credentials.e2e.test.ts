import { randomUUID } from 'node:crypto';
import { CredentialCatalogDocument, StudentCredentialsDocument } from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;
const issuerId = randomUUID();
const ids = { course: randomUUID(), cert: randomUUID(), award: randomUUID(), failed: randomUUID() };
let studentId: string;
let schoolId: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  // A senior the demo gave no credentials, so the rows below are all they have and the
  // expectations can be exact.
  const db = supergraph.dataSources.credentials;
  const awarded: { student_id: string }[] = await db.query(`SELECT DISTINCT student_id FROM credentials.credential_awards`);
  const readiness: { student_id: string }[] = await db.query(`SELECT DISTINCT student_id FROM credentials.readiness_determinations`);
  const taken = new Set([...awarded, ...readiness].map((row) => row.student_id));
  const seniors: { id: string; school_id: string }[] = await supergraph.dataSources.students.query(
    `SELECT id, school_id FROM students.students WHERE grade_level = 12 ORDER BY id`,
  );
  ({ id: studentId, school_id: schoolId } = seniors.find((senior) => !taken.has(senior.id))!);
  await db.query(
    `INSERT INTO credentials.credentials (id, name, type, issuer_id, career_cluster, credit_hours, advanced_certification, recognized_postsecondary_credential)
     VALUES ($1, 'MATH 118 General Education Mathematics', 'DUAL_CREDIT_COURSE', $3, 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', 4, false, false),
            ($2, 'CompTIA A+', 'INDUSTRY_CERTIFICATION', $3, 'INFORMATION_TECHNOLOGY', NULL, true, true)`,
    [ids.course, ids.cert, issuerId],
  );
  await db.query(
    `INSERT INTO credentials.credential_awards (id, student_id, credential_id, earned_on, school_id, verification_status, verified_by, verified_at, term, grade, credit_hours_earned, recorded_by)
     VALUES ($1, $3, $4, '2025-12-18', $5, 'VERIFIED', 'e2e', now(), '2025-FALL', 'A', 4, 'e2e'),
            ($2, $3, $4, '2025-05-20', $5, 'SELF_REPORTED', NULL, NULL, '2025-SPRING', 'F', 0, 'e2e')`,
    [ids.award, ids.failed, studentId, ids.course, schoolId],
  );
  await db.query(
    `INSERT INTO credentials.readiness_determinations (id, student_id, subject, eligible, basis, detail, as_of, recorded_by)
     VALUES ($1, $2, 'MATH', true, 'SAT_SCORE', 'SAT math 560', '2025-04-12', 'e2e')`,
    [randomUUID(), studentId],
  );
}, 300_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('credentials through the gateway', () => {
  it('joins a student from the students subgraph with their credentials and early college measures', async () => {
    const result = await supergraph.request(StudentCredentialsDocument, { id: studentId });
    expect(result.errors).toBeUndefined();
    const student = result.data!.student!;
    expect(student.school!.id).toBe(schoolId);
    expect(student.preferredName).toEqual(expect.any(String));
    expect(student.credentials!.map((c) => [c.id, c.credential.name, c.credential.creditHours, c.creditHoursEarned])).toEqual([
      [ids.award, 'MATH 118 General Education Mathematics', 4, 4],
      [ids.failed, 'MATH 118 General Education Mathematics', 4, 0],
    ]);
    expect(student.credentials![0]).toMatchObject({ schoolYear: '2025-2026', school: { id: schoolId }, term: '2025-FALL', grade: 'A' });
    expect(student.earlyCollegeCreditHours).toBe(4);
    expect(student.estimatedTuitionSavings).toBe(596);
    expect(student.meetsAdvancedCreditGoal).toBe(false);
    expect(student.collegeReadiness).toEqual({ math: { eligible: true, basis: 'SAT_SCORE', detail: 'SAT math 560', asOf: '2025-04-12' }, english: null });
    const verifiedOnly = await supergraph.request(StudentCredentialsDocument, { id: studentId, verificationStatus: 'VERIFIED' });
    expect(verifiedOnly.data!.student!.credentials!.map((c) => c.id)).toEqual([ids.award]);
  });

  it('lists the catalog by type', async () => {
    const result = await supergraph.request(CredentialCatalogDocument, { filter: { type: 'INDUSTRY_CERTIFICATION' } });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.credentials!.edges.map((e) => e.node);
    expect(nodes.every((node) => node.type === 'INDUSTRY_CERTIFICATION')).toBe(true);
    expect(nodes).toContainEqual(
      expect.objectContaining({ id: ids.cert, name: 'CompTIA A+', creditHours: null, advancedCertification: true, issuer: { id: issuerId } }),
    );
  });

  it('resolves each of its entity keys through _entities on the subgraph itself', async () => {
    const result = await supergraph.subgraphRequest<any>('credentials', `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Credential { id name }
        ... on CredentialAward { id earnedOn }
        ... on Student { id earlyCollegeCreditHours }
        ... on Partner { id credentialsIssued { id } } } }`,
      {
        reps: [
          { __typename: 'Credential', id: ids.cert },
          { __typename: 'CredentialAward', id: ids.award },
          { __typename: 'Student', id: studentId },
          { __typename: 'Partner', id: issuerId },
          { __typename: 'Credential', id: 'not-a-uuid' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: ids.cert, name: 'CompTIA A+' },
      { id: ids.award, earnedOn: '2025-12-18' },
      { id: studentId, earlyCollegeCreditHours: 4 },
      { id: issuerId, credentialsIssued: [{ id: ids.cert }, { id: ids.course }] },
      null,
    ]);
  });
});
