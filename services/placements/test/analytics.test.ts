import { randomUUID } from 'node:crypto';
import { DISTRICT_ADMIN, testCaller } from '@careergraph/kit/testing';
import type { Caller } from '@careergraph/kit';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import { PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
const YEAR = '2025-2026';
const PROGRAM = randomUUID();
let schoolA: SchoolEntity;
let schoolB: SchoolEntity;

const refs = (studentId: string, schoolId: string, partnerId: string) => ({
  studentId,
  schoolId,
  partnerId,
  opportunityId: randomUUID(),
  supervisorId: randomUUID(),
});

// School A: 30 engaged students (26 in grade 11, 4 in grade 12), school B: 14; three partners;
// some placements only APPLIED (not engaged), one in the previous year, time entries of every status.
beforeAll(async () => {
  await h.start();
  // studentsEngaged counts attended group experiences too: the real experiences subgraph answers them.
  await h.startExperiences();
  schoolA = await h.make.school();
  schoolB = await h.make.school();
  const partners = [randomUUID(), randomUUID(), randomUUID()];
  const add = async (schoolId: string, i: number, grade: number) => {
    const studentId = randomUUID();
    const placement = await h.make.placement(refs(studentId, schoolId, partners[i % 3]), {
      status: i % 4 === 0 ? 'COMPLETED' : 'ACTIVE',
    });
    await h.make.reportingSnapshot(placement, {
      gradeLevel: grade,
      gender: i % 2 === 0 ? 'FEMALE' : 'MALE',
      wblCedsType: i % 3 === 0 ? 'JOB_SHADOWING' : 'PAID_INTERNSHIP',
      programIds: i % 2 === 0 ? [PROGRAM] : [],
    });
    await h.make.timeEntry(placement, { durationMinutes: 60 + i });
    await h.make.timeEntry(placement, { status: 'REJECTED', durationMinutes: 500 });
    if (i % 5 === 0) {
      const second = await h.make.placement(refs(studentId, schoolId, partners[(i + 1) % 3]), { status: 'COMPLETED' });
      await h.make.reportingSnapshot(second, { gradeLevel: grade, gender: i % 2 === 0 ? 'FEMALE' : 'MALE', wblCedsType: 'MENTORSHIP' });
      await h.make.timeEntry(second, { durationMinutes: 90 });
    }
  };
  for (let i = 0; i < 30; i++) await add(schoolA.id, i, i < 26 ? 11 : 12);
  for (let i = 0; i < 14; i++) await add(schoolB.id, i, 10);
  for (let i = 0; i < 3; i++) {
    const applied = await h.make.placement(refs(randomUUID(), schoolA.id, partners[0]), { status: 'APPLIED' });
    await h.make.reportingSnapshot(applied);
  }
  const earlier = await h.make.placement(refs(randomUUID(), schoolB.id, partners[1]), { schoolYear: '2024-2025', status: 'COMPLETED' });
  await h.make.reportingSnapshot(earlier, { gradeLevel: 9 });
}, 300_000);

afterAll(() => h.stop(), 60_000);

const FIELDS = `
  studentsEngaged { value suppressed breakdown(by: GRADE_LEVEL) { key value suppressed } }
  hoursApproved { value suppressed breakdown(by: GRADE_LEVEL) { key value suppressed } }
  placementsCompleted { value suppressed }
  partnersHosting { value suppressed }
  byType: studentsEngaged { breakdown(by: WBL_CEDS_TYPE) { key value suppressed } }
`;

const METRICS = `query($reps: [_Any!]!, $year: ID!, $filter: MetricFilter) {
  _entities(representations: $reps) {
    ... on SchoolYear { id workBasedLearning(filter: $filter) { ${FIELDS} } }
    ... on School { id workBasedLearning(schoolYear: $year, filter: $filter) { ${FIELDS} } }
    ... on Program { id workBasedLearning(schoolYear: $year, filter: $filter) { ${FIELDS} } }
  }
}`;

interface Metric {
  value: number | null;
  suppressed: boolean;
  breakdown?: { key: string; value: number | null; suppressed: boolean }[];
}
type Family = Record<'studentsEngaged' | 'hoursApproved' | 'placementsCompleted' | 'partnersHosting' | 'byType', Metric>;

async function metrics(caller: Caller, reps: object[], filter?: object): Promise<Family[]> {
  const result = await h.server.execute({ query: METRICS, variables: { reps, year: YEAR, filter } }, { caller });
  expect(result.errors).toBeUndefined();
  return (result.data as { _entities: { workBasedLearning: Family }[] })._entities.map((e) => e.workBasedLearning);
}

/** The same figures recomputed from the raw rows, independently of the metric engine. */
async function recompute(where: string, params: unknown[]) {
  const [row] = await h.dataSource.query(
    `SELECT count(DISTINCT p.student_id)::int AS students,
            count(*) FILTER (WHERE p.status = 'COMPLETED')::int AS completed,
            count(DISTINCT p.partner_id)::int AS partners,
            coalesce((SELECT sum(t.duration_minutes) FROM placements.time_entries t
                       JOIN placements.placements p2 ON p2.id = t.placement_id
                       JOIN placements.placement_reporting_snapshots s2 ON s2.placement_id = p2.id
                      WHERE t.status = 'APPROVED' AND p2.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')
                        AND ${where.replaceAll('p.', 'p2.').replaceAll('s.', 's2.')}), 0)::int AS minutes
       FROM placements.placements p JOIN placements.placement_reporting_snapshots s ON s.placement_id = p.id
      WHERE p.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED') AND ${where}`,
    params,
  );
  return row as { students: number; completed: number; partners: number; minutes: number };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

describe('work-based learning metrics', () => {
  it('match the raw rows for the district, each school and each group (DISTRICT_ADMIN, exact)', async () => {
    const [district, a, b] = await metrics(DISTRICT_ADMIN, [
      { __typename: 'SchoolYear', id: YEAR },
      { __typename: 'School', id: schoolA.id },
      { __typename: 'School', id: schoolB.id },
    ]);
    for (const [family, where, params] of [
      [district, 'p.school_year = $1', [YEAR]],
      [a, 'p.school_year = $1 AND s.school_id = $2', [YEAR, schoolA.id]],
      [b, 'p.school_year = $1 AND s.school_id = $2', [YEAR, schoolB.id]],
    ] as const) {
      const raw = await recompute(where, [...params]);
      expect(family.studentsEngaged).toMatchObject({ value: raw.students, suppressed: false });
      expect(family.hoursApproved.value).toBe(round2(raw.minutes / 60));
      expect(family.placementsCompleted.value).toBe(raw.completed);
      expect(family.partnersHosting.value).toBe(raw.partners);
    }
    expect(district.studentsEngaged.value).toBe(44);
    for (const group of district.studentsEngaged.breakdown!) {
      const raw = await recompute('p.school_year = $1 AND s.grade_level = $2', [YEAR, Number(group.key)]);
      expect(group.value).toBe(raw.students);
    }
    for (const group of district.byType.breakdown!) {
      const raw = await recompute('p.school_year = $1 AND s.wbl_ceds_type = $2', [YEAR, group.key]);
      expect(group.value).toBe(raw.students);
    }
    expect(a.studentsEngaged.breakdown).toEqual([
      { key: '11', value: 26, suppressed: false },
      { key: '12', value: 4, suppressed: false },
    ]);
  });

  it('suppress small groups and their complements for an ANALYST, with null values, never 0', async () => {
    const [district, a] = await metrics(testCaller('ANALYST'), [
      { __typename: 'SchoolYear', id: YEAR },
      { __typename: 'School', id: schoolA.id },
    ]);
    expect(district.studentsEngaged).toMatchObject({ value: 44, suppressed: false });
    // Grade 12 of school A has 4 students; grade 11 would give it away by subtraction from 30.
    expect(a.studentsEngaged.breakdown).toEqual([
      { key: '11', value: null, suppressed: true },
      { key: '12', value: null, suppressed: true },
    ]);
    // Hours follow the suppression of the students they are about.
    expect(a.hoursApproved.breakdown!.every((g) => g.suppressed && g.value === null)).toBe(true);
    // The district's grade 12 column is school A's grade 12 alone: withheld too.
    const grade12 = district.studentsEngaged.breakdown!.find((g) => g.key === '12')!;
    expect(grade12).toEqual({ key: '12', value: null, suppressed: true });
    const all = [district, a].flatMap((f) => Object.values(f).flatMap((m) => [m, ...(m.breakdown ?? [])]));
    expect(all.filter((m) => m.suppressed).every((m) => m.value === null)).toBe(true);
    const studentGroups = [district, a].flatMap((f) => [...f.studentsEngaged.breakdown!, ...f.byType.breakdown!]);
    expect(studentGroups.filter((g) => !g.suppressed && g.value! < 10)).toEqual([]);
  });

  it('filter by program through the snapshot, and the Program entity gives the same answer', async () => {
    const [filtered, program] = await metrics(
      DISTRICT_ADMIN,
      [{ __typename: 'SchoolYear', id: YEAR }, { __typename: 'Program', id: PROGRAM }],
      undefined,
    );
    const raw = await recompute('p.school_year = $1 AND $2::uuid = ANY(s.program_ids)', [YEAR, PROGRAM]);
    expect(program.studentsEngaged.value).toBe(raw.students);
    expect(filtered.studentsEngaged.value).toBe(44);
    const [viaFilter] = await metrics(DISTRICT_ADMIN, [{ __typename: 'SchoolYear', id: YEAR }], { programId: PROGRAM });
    expect(viaFilter.studentsEngaged.value).toBe(raw.students);
  });

  it('answer the shared schoolYear root field as the entity does, null for what is not a year, to aggregate readers only', async () => {
    const root = `{ schoolYear(id: "${YEAR}") { id workBasedLearning { studentsEngaged { value } hoursApproved { value } } } }`;
    const viaRoot = await h.server.execute({ query: root }, { caller: DISTRICT_ADMIN });
    expect(viaRoot.errors).toBeUndefined();
    const [viaEntity] = await metrics(DISTRICT_ADMIN, [{ __typename: 'SchoolYear', id: YEAR }]);
    expect(viaRoot.data).toEqual({
      schoolYear: {
        id: YEAR,
        workBasedLearning: { studentsEngaged: { value: viaEntity.studentsEngaged.value }, hoursApproved: { value: viaEntity.hoursApproved.value } },
      },
    });
    const notAYear = await h.server.execute({ query: `{ schoolYear(id: "2025") { id } }` }, { caller: DISTRICT_ADMIN });
    expect(notAYear).toMatchObject({ data: { schoolYear: null } });
    expect(notAYear.errors).toBeUndefined();
    const student = await h.server.execute({ query: root }, { caller: testCaller('STUDENT', { studentId: randomUUID() }) });
    expect(student.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
  });

  it('refuse an unknown school year and an unsupported breakdown with BAD_USER_INPUT', async () => {
    const bad = await h.server.execute(
      { query: `{ _entities(representations: [{ __typename: "SchoolYear", id: "2025" }]) { ... on SchoolYear { id } } }` },
      { caller: DISTRICT_ADMIN },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unsupported = await h.server.execute(
      {
        query: `{ _entities(representations: [{ __typename: "SchoolYear", id: "${YEAR}" }]) {
          ... on SchoolYear { workBasedLearning { studentsEngaged { breakdown(by: CREDENTIAL_TYPE) { key } } } } } }`,
      },
      { caller: DISTRICT_ADMIN },
    );
    expect(unsupported.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'UNSUPPORTED_DIMENSION' });
  });
});

describe('reporting snapshot', () => {
  it('is taken from the students and partners subgraphs when a placement is created', async () => {
    const student = await h.make.student(schoolB, {
      gradeLevel: 10,
      gender: 'NONBINARY',
      raceEthnicity: 'ASIAN',
      englishLearner: true,
      disabilityPlan: 'SECTION_504',
      economicallyDisadvantaged: false,
      dateOfBirth: '2010-03-01',
    });
    const program = await h.make.program([schoolB], { department: 'TRADES', careerCluster: 'ARCHITECTURE_AND_CONSTRUCTION' });
    await h.make.enrollment(student, program, { schoolYear: YEAR });
    const opportunity = h.peer.opportunity();
    h.peer.reporting.set(opportunity.id, { continuumType: 'YOUTH_APPRENTICESHIP', cedsType: 'APPRENTICESHIP', careerCluster: 'HEALTH_SCIENCE' });
    h.peer.industries.set(opportunity.partner.id, 'Health care');
    const supervisor = h.peer.supervisor(opportunity.partner);
    const result = await h.run(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input: { studentId: student.id, opportunityId: opportunity.id, supervisorId: supervisor.id, plannedHours: 40 } },
    );
    expect(result.errors).toBeUndefined();
    const id = (result.data as { createPlacement: { placement: { id: string } } }).createPlacement.placement.id;
    const [snapshot] = await h.dataSource.query(`SELECT * FROM placements.placement_reporting_snapshots WHERE placement_id = $1`, [id]);
    expect(snapshot).toMatchObject({
      school_id: schoolB.id,
      grade_level: 10,
      gender: 'NONBINARY',
      race_ethnicity: 'ASIAN',
      english_learner: true,
      disability_plan: 'SECTION_504',
      economically_disadvantaged: false,
      program_ids: [program.id],
      departments: ['TRADES'],
      career_clusters: ['ARCHITECTURE_AND_CONSTRUCTION'],
      wbl_continuum_type: 'YOUTH_APPRENTICESHIP',
      wbl_ceds_type: 'APPRENTICESHIP',
      opportunity_career_cluster: 'HEALTH_SCIENCE',
      industry: 'Health care',
    });
  });

  it('answers the students subgraph which of the students asked took part in work-based learning by the end of a year', async () => {
    const [engaged] = await h.dataSource.query(`SELECT student_id FROM placements.placements WHERE status = 'ACTIVE' LIMIT 1`);
    const [applied] = await h.dataSource.query(`SELECT student_id FROM placements.placements WHERE status = 'APPLIED' LIMIT 1`);
    const ask = (caller: Caller, ids: string[], schoolYear = YEAR) =>
      h.server.execute(
        { query: `query($year: ID!, $ids: [ID!]!) { reportingWorkBasedLearningSet(schoolYear: $year, studentIds: $ids) }`, variables: { year: schoolYear, ids } },
        { caller },
      );
    const service: Caller = { subject: 'service:students', role: 'SERVICE', scope: { schoolIds: [] } };
    const result = await ask(service, [engaged.student_id, applied.student_id, randomUUID()]);
    expect(result.errors).toBeUndefined();
    expect((result.data as { reportingWorkBasedLearningSet: string[] }).reportingWorkBasedLearningSet).toEqual([engaged.student_id]);
    expect((await ask(DISTRICT_ADMIN, [engaged.student_id])).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ask(service, ['x'])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'studentIds' });
    expect((await ask(service, [engaged.student_id], '2026')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolYear' });
  });
});

describe('group experiences in work-based learning', () => {
  const ENGAGED = `query($reps: [_Any!]!, $year: ID!) { _entities(representations: $reps) {
    ... on SchoolYear { workBasedLearning { studentsEngaged { value suppressed breakdown(by: WBL_CONTINUUM_STAGE) { key value suppressed } } hoursApproved { value } } }
    ... on School { workBasedLearning(schoolYear: $year) {
      studentsEngaged { value suppressed stage: breakdown(by: WBL_CONTINUUM_STAGE) { key value suppressed } type: breakdown(by: WBL_CONTINUUM_TYPE) { key value } }
      hoursApproved { value } } } } }`;
  type Engaged = { studentsEngaged: Metric & { stage?: Metric['breakdown']; type?: Metric['breakdown'] }; hoursApproved: Metric };
  const engaged = async (caller: Caller, reps: object[]) => {
    const result = await h.server.execute({ query: ENGAGED, variables: { reps, year: YEAR } }, { caller });
    expect(result.errors).toBeUndefined();
    return (result.data as { _entities: { workBasedLearning: Engaged }[] })._entities.map((e) => e.workBasedLearning);
  };
  const onExperiences = async (query: string, variables: Record<string, unknown>) => {
    const result = await h.experiences!.server.execute({ query, variables }, { caller: DISTRICT_ADMIN });
    expect(result.errors).toBeUndefined();
  };

  it('count a student once whether engaged by a placement, an attended experience or both; registered but absent does not count', async () => {
    const [before] = await engaged(DISTRICT_ADMIN, [{ __typename: 'SchoolYear', id: YEAR }]);
    const schoolC = await h.make.school();
    const [both, attendedOnly, absent] = [await h.make.student(schoolC, { gradeLevel: 11 }), await h.make.student(schoolC, { gradeLevel: 11 }), await h.make.student(schoolC, { gradeLevel: 11 })];
    const placement = await h.make.placement(refs(both.id, schoolC.id, randomUUID()), { status: 'ACTIVE' });
    await h.make.reportingSnapshot(placement, { schoolId: schoolC.id, gradeLevel: 11 });
    await h.make.timeEntry(placement, { durationMinutes: 120 });
    const fair = await h.experiences!.make.experience({ schoolYear: YEAR });
    await onExperiences(`mutation($input: RegisterStudentsForExperienceInput!) { registerStudentsForExperience(input: $input) { registrations { id } } }`, {
      input: { experienceId: fair.id, studentIds: [absent.id] },
    });
    await h.experiences!.make.started(fair);
    await onExperiences(`mutation($input: RecordExperienceAttendanceInput!) { recordExperienceAttendance(input: $input) { changed walkIns } }`, {
      input: { experienceId: fair.id, attendance: [{ studentId: both.id, status: 'PRESENT' }, { studentId: attendedOnly.id, status: 'PRESENT' }, { studentId: absent.id, status: 'ABSENT' }] },
    });

    const [district, c] = await engaged(DISTRICT_ADMIN, [{ __typename: 'SchoolYear', id: YEAR }, { __typename: 'School', id: schoolC.id }]);
    expect(district.studentsEngaged.value).toBe(before.studentsEngaged.value! + 2);
    expect(c.studentsEngaged).toMatchObject({ value: 2, suppressed: false });
    // One student in two stages counts in each: a stage is a group, not a share of the total.
    expect(c.studentsEngaged.stage).toEqual([
      { key: 'AWARENESS', value: 2, suppressed: false },
      { key: 'PREPARATION', value: 1, suppressed: false },
    ]);
    expect(c.studentsEngaged.type).toEqual([
      { key: 'CAREER_AWARENESS', value: 2 },
      { key: 'CAREER_DEVELOPMENT_EXPERIENCE', value: 1 },
    ]);
    // Hours are the placements' alone.
    expect(c.hoursApproved.value).toBe(2);
    const awareness = district.studentsEngaged.breakdown!.find((g) => g.key === 'AWARENESS')!;
    expect(awareness.value).toBe(2);

    // Suppressed as before for a caller without row-level access: two students are a small cell.
    const [analystC] = await engaged(testCaller('ANALYST'), [{ __typename: 'School', id: schoolC.id }]);
    expect(analystC.studentsEngaged).toMatchObject({ value: null, suppressed: true });
    expect(analystC.studentsEngaged.stage!.every((g) => g.suppressed && g.value === null)).toBe(true);
  });
});
