import {
  CreateExperienceDocument,
  EndorsementMetricsDocument,
  ExperienceEngagementDocument,
  ExperienceRosterDocument,
  PublishExperienceDocument,
  RecordExperienceAttendanceDocument,
  RegisterStudentsForExperienceDocument,
  StudentEndorsementProgressDocument,
  StudentExperienceHistoryDocument,
} from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
}, 300_000);

afterAll(async () => {
  await supergraph?.stop();
});

/** The district's students engaged in work-based learning in `year`, as a DISTRICT_ADMIN reads them. */
async function studentsEngaged(year: string): Promise<number> {
  const answer = await supergraph.request<{ schoolYear: { workBasedLearning: { studentsEngaged: { value: number | null } } } }, { year: string }>(
    `query($year: ID!) { schoolYear(id: $year) { workBasedLearning { studentsEngaged { value } } } }`,
    { year },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.schoolYear.workBasedLearning.studentsEngaged.value ?? 0;
}

describe('a career fair through the gateway', () => {
  it("records a roster's attendance, seen in each student's history and in the year's metrics", async () => {
    // High schoolers of one school who attended nothing yet this year, so the metrics' change is exactly theirs.
    const attended = new Set(
      ((await supergraph.dataSources.experiences.query(`SELECT DISTINCT student_id FROM experiences.experience_attendance`)) as { student_id: string }[]).map(
        (row) => row.student_id,
      ),
    );
    const pupils = ((await supergraph.dataSources.students.query(
      `SELECT id, school_id FROM students.students WHERE enrollment_status = 'ENROLLED' AND grade_level >= 9 ORDER BY school_id, id`,
    )) as { id: string; school_id: string }[]).filter((pupil) => !attended.has(pupil.id));
    const schoolId = pupils.find((pupil) => pupils.filter((other) => other.school_id === pupil.school_id).length >= 13)!.school_id;
    const [walkIn, ...roster] = pupils.filter((pupil) => pupil.school_id === schoolId).slice(0, 13).map((pupil) => pupil.id);
    const [{ id: hostId }] = await supergraph.dataSources.partners.query(`SELECT id FROM partners.partners WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`);
    const staff = { role: 'SCHOOL_STAFF' as const, schoolIds: [schoolId] };

    const created = await supergraph.request(CreateExperienceDocument, {
      input: {
        kind: 'CAREER_FAIR',
        title: 'Healthcare Careers Fair',
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        gradeLevels: [9, 10, 11, 12],
        continuumStage: 'AWARENESS',
        hostPartnerIds: [hostId],
      },
    });
    expect(created.errors).toBeUndefined();
    const fair = created.data!.createExperience.experience;
    const year = fair.schoolYear;
    const before = (await supergraph.request(ExperienceEngagementDocument, { schoolYear: year })).data!.schoolYear!.experiences!;
    const engagedBefore = await studentsEngaged(year);
    expect((await supergraph.request(PublishExperienceDocument, { id: fair.id })).errors).toBeUndefined();
    const registered = await supergraph.requestAs(staff, RegisterStudentsForExperienceDocument, { experienceId: fair.id, studentIds: roster });
    expect(registered.errors).toBeUndefined();
    // The fair day comes.
    await supergraph.dataSources.experiences.query(
      `UPDATE experiences.experiences SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [fair.id],
    );

    const attendance = [
      ...roster.map((studentId, i) => ({ studentId, status: i === 0 ? ('ABSENT' as const) : ('PRESENT' as const) })),
      { studentId: walkIn, status: 'PRESENT' as const },
    ];
    const host = { role: 'PARTNER_USER' as const, partnerId: hostId };
    const recorded = await supergraph.requestAs(host, RecordExperienceAttendanceDocument, { experienceId: fair.id, attendance });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordExperienceAttendance).toMatchObject({ changed: 13, walkIns: 1, experience: { seatsTaken: 13 } });
    // The same roster again changes nothing.
    const again = await supergraph.requestAs(host, RecordExperienceAttendanceDocument, { experienceId: fair.id, attendance });
    expect(again.data!.recordExperienceAttendance).toMatchObject({ changed: 0, walkIns: 0 });

    const roster12 = await supergraph.requestAs(staff, ExperienceRosterDocument, { id: fair.id, first: 20 });
    expect(roster12.errors).toBeUndefined();
    expect(roster12.data!.experience!.registrations!.totalCount).toBe(13);
    expect(roster12.data!.experience!.attendance!.totalCount).toBe(13);

    const history = await supergraph.requestAs(staff, StudentExperienceHistoryDocument, { id: walkIn });
    expect(history.errors).toBeUndefined();
    expect(history.data!.student!.experiences!.edges.map((edge) => edge.node)).toEqual([
      {
        registrationStatus: 'REGISTERED',
        attendance: 'PRESENT',
        team: null,
        experience: expect.objectContaining({ id: fair.id, title: 'Healthcare Careers Fair', continuumStage: 'AWARENESS', hosts: [{ id: hostId, name: expect.any(String) }] }),
      },
    ]);
    const otherStaff = await supergraph.requestAs({ role: 'SCHOOL_STAFF', schoolIds: ['00000000-0000-4000-8000-000000000001'] }, StudentExperienceHistoryDocument, { id: walkIn });
    expect(otherStaff.errors?.some((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);

    const after = (await supergraph.request(ExperienceEngagementDocument, { schoolYear: year })).data!.schoolYear!.experiences!;
    expect(after.hasData).toBe(true);
    expect(after.studentsAttending.value).toBe((before.studentsAttending.value ?? 0) + 12);
    expect(after.studentsInCareerAwareness.value).toBe((before.studentsInCareerAwareness.value ?? 0) + 12);
    expect(after.experiencesHeld.value).toBe((before.experiencesHeld.value ?? 0) + 1);
    const atSchool = (metrics: typeof after) => metrics.studentsAttending.bySchool.find((group) => group.key === schoolId)?.value ?? 0;
    expect(atSchool(after)).toBe(atSchool(before) + 12);

    // Work-based learning counts the fair's attendees too, once each: those already engaged by a placement that year add nothing.
    const attendees = [walkIn, ...roster.slice(1)];
    const placed = (await supergraph.dataSources.placements.query(
      `SELECT DISTINCT student_id FROM placements.placements WHERE school_year = $1 AND status IN ('ACTIVE', 'COMPLETED', 'TERMINATED') AND student_id = ANY($2::uuid[])`,
      [year, attendees],
    )) as { student_id: string }[];
    expect(await studentsEngaged(year)).toBe(engagedBefore + attendees.length - placed.length);

    // The fair counts toward the walk-in's College and Career Pathway Endorsement, read from the
    // experiences, placements and credentials subgraphs' own figures.
    const progress = await supergraph.requestAs(staff, StudentEndorsementProgressDocument, { id: walkIn });
    expect(progress.errors).toBeUndefined();
    const requirements = new Map(progress.data!.student!.endorsementProgress!.requirements.map((requirement) => [requirement.key, requirement]));
    expect(requirements.get('CAREER_EXPLORATION_ACTIVITIES')).toMatchObject({ recorded: true, progress: expect.stringMatching(/^1 of \d+/) });
    expect(requirements.get('INDIVIDUALIZED_LEARNING_PLAN')).toMatchObject({ recorded: false, met: false });
    for (const key of ['TEAM_BASED_CHALLENGES', 'WORK_BASED_LEARNING_HOURS', 'EARLY_COLLEGE_CREDIT_HOURS']) {
      expect(requirements.get(key as never)).toMatchObject({ recorded: true, progress: expect.any(String) });
    }
    const metrics = await supergraph.request(EndorsementMetricsDocument, { year });
    expect(metrics.errors).toBeUndefined();
    expect(metrics.data!.schoolYear!.endorsement).toMatchObject({ hasData: true, students: { value: expect.any(Number), suppressed: false } });
  });
});
