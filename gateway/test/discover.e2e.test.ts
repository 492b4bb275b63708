import { MyCareerInterestsDocument, OpportunitiesForMeDocument, UpdateCareerInterestsDocument } from '@careergraph/client';
import { ageOn, today } from '@careergraph/kit';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

/**
 * A seeded grade-11 student and the cluster of a published opportunity they could take (grade, age,
 * a slot left) outside their program's clusters, read from each owner's tables.
 */
async function studentAndOpenCluster(): Promise<{ studentId: string; cluster: string }> {
  const students: { id: string; date_of_birth: string; clusters: string[] }[] = await supergraph.dataSources.students.query(
    `SELECT s.id, to_char(s.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
            array_remove(array_agg(p.career_cluster) FILTER (WHERE e.end_date IS NULL), NULL) AS clusters
       FROM students.students s
       LEFT JOIN students.program_enrollments e ON e.student_id = s.id
       LEFT JOIN students.programs p ON p.id = e.program_id
      WHERE s.enrollment_status = 'ENROLLED' AND s.grade_level = 11
      GROUP BY s.id ORDER BY s.id`,
  );
  const opportunities: { id: string; career_cluster: string; start_date: string; minimum_age: number; slots: number }[] =
    await supergraph.dataSources.partners.query(
      `SELECT id, career_cluster, to_char(start_date, 'YYYY-MM-DD') AS start_date, minimum_age, slots FROM partners.opportunities
        WHERE status = 'PUBLISHED' AND end_date >= $1 AND 11 = ANY(grade_levels) ORDER BY id`,
      [today()],
    );
  const held: { opportunity_id: string; n: number }[] = await supergraph.dataSources.placements.query(
    `SELECT opportunity_id, count(*)::int AS n FROM placements.placements WHERE status IN ('OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED') GROUP BY opportunity_id`,
  );
  const heldBy = new Map(held.map((row) => [row.opportunity_id, row.n]));
  for (const student of students) {
    const open = opportunities.find(
      (o) => !student.clusters.includes(o.career_cluster) && ageOn(student.date_of_birth, o.start_date) >= o.minimum_age && o.slots > (heldBy.get(o.id) ?? 0),
    );
    if (open) return { studentId: student.id, cluster: open.career_cluster };
  }
  throw new Error('the demo world has no grade-11 student with an open opportunity outside their program');
}

describe('a student discovering opportunities', () => {
  it('sets their interests, then sees eligible matches ranked by fit with why and the slots left', async () => {
    const { studentId, cluster } = await studentAndOpenCluster();
    const student = { subject: `student-${studentId}`, role: 'STUDENT' as const, studentId };

    const updated = await supergraph.requestAs(student, UpdateCareerInterestsDocument, {
      input: { studentId, clusters: [cluster as never], inventory: { name: 'Career Clusters Interest Survey', takenOn: today(), clusters: [cluster as never] } },
    });
    expect(updated.errors).toBeUndefined();
    const mine = await supergraph.requestAs(student, MyCareerInterestsDocument, { studentId });
    expect(mine.data?.student?.careerInterests).toMatchObject({ clusters: [cluster], inventory: { clusters: [cluster] } });

    const result = await supergraph.requestAs(student, OpportunitiesForMeDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    const matches = result.data!.opportunitiesForMe!;
    expect(matches.totalCount).toBeGreaterThan(0);
    const nodes = matches.edges.map((edge) => edge.node);
    const scores = nodes.map((node) => node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const node of nodes) {
      expect(node.eligible).toBe(true);
      expect(node.failedRules).toEqual([]);
      expect(node.opportunity.slotsRemaining).toBeGreaterThan(0);
    }
    const interested = nodes.filter((node) => node.opportunity.careerCluster === cluster);
    expect(interested.length).toBeGreaterThan(0);
    for (const node of interested) {
      expect(node.whyRecommended).toEqual(expect.arrayContaining([expect.stringMatching(/^Matches your #1 interest: /), expect.stringMatching(/^Matches your Career Clusters Interest Survey result: /)]));
    }

    // Matches are a student's own: another role has none to ask for.
    const admin = await supergraph.requestAs({ role: 'DISTRICT_ADMIN' }, OpportunitiesForMeDocument, {});
    expect(admin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
