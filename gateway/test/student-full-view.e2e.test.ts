import { StudentFullViewDocument } from '@careergraph/client';
import { studentWithHoursAndCredit } from './support/demo-students';
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
    const studentId = await studentWithHoursAndCredit(supergraph);
    expect(studentId).toBeDefined();

    const result = await supergraph.request(StudentFullViewDocument, { id: studentId! });
    expect(result.errors).toBeUndefined();
    const student = result.data!.student!;
    expect(student.school!.name).toBeTruthy();

    // Placements: every reference resolved by the subgraph that owns it.
    expect(student.placements!.length).toBeGreaterThan(0);
    for (const placement of student.placements!) {
      expect(placement.partner!.name).toBeTruthy();
      expect(placement.supervisor!.firstName).toBeTruthy();
      expect(placement.opportunity!.title).toBeTruthy();
    }
    const [{ minutes }] = await supergraph.dataSources.placements.query(
      `SELECT coalesce(sum(t.duration_minutes), 0)::int AS minutes FROM placements.time_entries t
         JOIN placements.placements p ON p.id = t.placement_id WHERE p.student_id = $1 AND t.status = 'APPROVED'`,
      [studentId],
    );
    expect(student.workBasedLearningHours).toBeCloseTo(minutes / 60, 2);
    expect(student.placements!.reduce((sum, p) => sum + p.approvedHours, 0)).toBeCloseTo(minutes / 60, 2);

    // Credentials: issuers from partners, savings = early college credit hours × the configured rate.
    expect(student.credentials!.length).toBeGreaterThan(0);
    for (const award of student.credentials!) expect(award.credential.issuer!.name).toBeTruthy();
    expect(student.earlyCollegeCreditHours).toBeGreaterThan(0);
    expect(student.estimatedTuitionSavings).toBeCloseTo(student.earlyCollegeCreditHours! * 149, 2);
  });
});
