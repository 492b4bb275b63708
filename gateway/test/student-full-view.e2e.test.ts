import { StudentFullViewDocument } from '../src/generated/client/graphql';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

describe("a student's whole record in one operation, from all four subgraphs", () => {
  it('returns school, enrollments, placements with partner, worksite, supervisor, hours and stipend, and credentials with issuer and savings', async () => {
    // A demo student with placements, approved hours and early college credit (ids read from each owner's tables).
    const withHours: { student_id: string }[] = await supergraph.dataSources.placements.query(
      `SELECT p.student_id FROM placements.placements p JOIN placements.time_entries t ON t.placement_id = p.id
        WHERE t.status = 'APPROVED' GROUP BY p.student_id`,
    );
    const withCredit: { student_id: string }[] = await supergraph.dataSources.credentials.query(
      `SELECT a.student_id FROM credentials.credential_awards a WHERE a.credit_hours_earned > 0 AND a.revoked_at IS NULL GROUP BY a.student_id`,
    );
    const credited = new Set(withCredit.map((r) => r.student_id));
    const studentId = withHours.map((r) => r.student_id).find((id) => credited.has(id));
    expect(studentId).toBeDefined();

    const result = await supergraph.request(StudentFullViewDocument, { id: studentId! });
    expect(result.errors).toBeUndefined();
    const student = result.data!.student!;
    expect(student.school!.name).toBeTruthy();

    // Placements: every reference resolved by the subgraph that owns it.
    expect(student.placements.length).toBeGreaterThan(0);
    for (const placement of student.placements) {
      expect(placement.partner.name).toBeTruthy();
      expect(placement.supervisor.firstName).toBeTruthy();
      expect(placement.opportunity.title).toBeTruthy();
    }
    const [{ minutes }] = await supergraph.dataSources.placements.query(
      `SELECT coalesce(sum(t.duration_minutes), 0)::int AS minutes FROM placements.time_entries t
         JOIN placements.placements p ON p.id = t.placement_id WHERE p.student_id = $1 AND t.status = 'APPROVED'`,
      [studentId],
    );
    expect(student.workBasedLearningHours).toBeCloseTo(minutes / 60, 2);
    expect(student.placements.reduce((sum, p) => sum + p.approvedHours, 0)).toBeCloseTo(minutes / 60, 2);

    // Credentials: issuers from partners, savings = early college credit hours × the configured rate.
    expect(student.credentials!.length).toBeGreaterThan(0);
    for (const award of student.credentials!) expect(award.credential.issuer.name).toBeTruthy();
    expect(student.earlyCollegeCreditHours).toBeGreaterThan(0);
    expect(student.estimatedTuitionSavings).toBeCloseTo(student.earlyCollegeCreditHours! * 149, 2);
  });
});
