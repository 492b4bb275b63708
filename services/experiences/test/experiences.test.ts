import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Caller, countStatements, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused as expectRefusal, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import { studentsSubgraph } from '@careergraph/students';
import type { DataSource } from 'typeorm';
import { studentsFactories } from '../../students/test/factories';
import type { ExperienceEntity } from '../src/entities';
import { experiencesSubgraph } from '../src/server';
import { experiencesFactories } from './factories';

const logger = createLogger('test', 'silent');
const HOST_ID = '5a0c7e4e-8d0c-4b8e-9a51-1f2d3c4b5a60';
const OTHER_PARTNER_ID = '5a0c7e4e-8d0c-4b8e-9a51-1f2d3c4b5a61';

let studentsDb: TestDataSource;
let db: TestDataSource;
let dataSource: DataSource;
let studentsServer: ReturnType<typeof studentsSubgraph.build>;
let server: ReturnType<typeof experiencesSubgraph.build>;
let partnersStub: Server;
let make: ReturnType<typeof experiencesFactories>;
let students: ReturnType<typeof studentsFactories>;

/** A stand-in partners subgraph answering `_entities` for the two known partners. */
function startPartnersStub(): Promise<string> {
  partnersStub = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: { id: string }[] } };
      const entities = variables.representations.map((r) => ([HOST_ID, OTHER_PARTNER_ID].includes(r.id) ? { __typename: 'Partner', id: r.id } : null));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  return new Promise((resolve) => partnersStub.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(partnersStub.address() as AddressInfo).port}/graphql`)));
}

beforeAll(async () => {
  studentsDb = await openTestDataSource(studentsSubgraph.schema);
  studentsServer = studentsSubgraph.build({ dataSource: studentsDb.dataSource, logger, production: false, subgraphUrls: {} });
  const studentsUrl = await studentsServer.listen('127.0.0.1', 0);
  students = studentsFactories(studentsDb.dataSource);
  db = await openTestDataSource(experiencesSubgraph.schema);
  dataSource = db.dataSource;
  const partnersUrl = await startPartnersStub();
  server = experiencesSubgraph.build({ dataSource, logger, production: false, subgraphUrls: {} }, { studentsUrl, partnersUrl, entityLookupTimeoutMs: 3000 });
  make = experiencesFactories(dataSource);
  // Two embedded databases and two servers take longer than jest's default hook timeout.
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await studentsServer?.stop();
  await new Promise((resolve) => partnersStub?.close(resolve));
  await db?.close();
  await studentsDb?.close();
});

const run = (query: string, variables: Record<string, unknown> = {}, caller: Caller = DISTRICT_ADMIN) => server.execute({ query, variables }, { caller });

/** A mutation that must be refused: its code, field and rule, and the schema left exactly as it was. */
const expectRefused = (query: string, variables: Record<string, unknown>, caller: Caller, code: string, field?: string, rule?: string) =>
  expectRefusal(() => run(query, variables, caller), { dataSource, schema: 'experiences' }, { code, field, rule });

const count = async (table: string, where = 'true', params: unknown[] = []) =>
  Number((await dataSource.query(`SELECT count(*) AS n FROM experiences.${table} WHERE ${where}`, params))[0].n);

const studentCaller = (studentId: string) => testCaller('STUDENT', { studentId });
const schoolStaff = (schoolId: string) => testCaller('SCHOOL_STAFF', { schoolIds: [schoolId] });

async function aSchoolWith(n: number, overrides = {}) {
  const school = await students.school();
  const pupils = [];
  for (let i = 0; i < n; i++) pupils.push(await students.student(school, overrides));
  return { school, pupils };
}

const CREATE = `mutation($input: CreateExperienceInput!) { createExperience(input: $input) {
  experience { id status kind schoolYear gradeLevels capacity school { id } hosts { id } continuumStage cedsType } } }`;
const PUBLISH = `mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { status } } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelExperience(input: { id: $id, reason: $reason }) { experience { status } } }`;
const REGISTER_SELF = `mutation($id: ID!) { registerForExperience(input: { experienceId: $id }) { registration { id status source student { id } } } }`;
const REGISTER = `mutation($id: ID!, $studentIds: [ID!]!) { registerStudentsForExperience(input: { experienceId: $id, studentIds: $studentIds }) {
  registrations { id source student { id } } } }`;
const CANCEL_REGISTRATION = `mutation($id: ID!, $studentId: ID) { cancelRegistration(input: { experienceId: $id, studentId: $studentId }) { registration { status } } }`;
const ATTEND = `mutation($id: ID!, $rows: [AttendanceRowInput!]!) { recordExperienceAttendance(input: { experienceId: $id, attendance: $rows }) {
  changed walkIns experience { seatsTaken } } }`;
const TEAMS = `mutation($id: ID!, $teams: [TeamResultInput!]!) { recordTeamChallengeResults(input: { experienceId: $id, teams: $teams }) {
  experience { teams { name rank score members { id } } } } }`;

describe('creating and running experiences', () => {
  const fair = {
    kind: 'CAREER_FAIR',
    title: 'Spring Career Fair',
    startsAt: '2027-04-14T14:00:00Z',
    endsAt: '2027-04-14T18:00:00Z',
    gradeLevels: [12, 9, 11, 10],
    continuumStage: 'AWARENESS',
    hostPartnerIds: [HOST_ID],
  };

  it('creates a district-wide DRAFT for department staff, with its school year and sorted grades, and publishes it', async () => {
    const result = await run(CREATE, { input: { ...fair, capacity: 300, cedsType: 'OTHER' } }, testCaller('DEPARTMENT_STAFF', { department: 'CTE' }));
    expect(result.errors).toBeUndefined();
    const experience = (result.data as any).createExperience.experience;
    expect(experience).toMatchObject({ status: 'DRAFT', schoolYear: '2026-2027', gradeLevels: [9, 10, 11, 12], capacity: 300, school: null, hosts: [{ id: HOST_ID }] });
    expect((await run(PUBLISH, { id: experience.id })).data).toEqual({ publishExperience: { experience: { status: 'PUBLISHED' } } });
    expect(await count('audit_events', `entity_id = $1`, [experience.id])).toBe(2);
  });

  it('lets school staff create at their school only', async () => {
    const { school } = await aSchoolWith(0);
    const staff = schoolStaff(school.id);
    const result = await run(CREATE, { input: { ...fair, schoolId: school.id } }, staff);
    expect((result.data as any).createExperience.experience.school).toEqual({ id: school.id });
    await expectRefused(CREATE, { input: fair }, staff, 'FORBIDDEN', 'input.schoolId', 'OUTSIDE_SCOPE');
  });

  it.each([
    ['an end before the start', { endsAt: '2027-04-14T13:00:00Z' }, 'input.endsAt', 'ENDS_BEFORE_START'],
    ['grade 5', { gradeLevels: [5, 6] }, 'input.gradeLevels.0', undefined],
    ['no grades', { gradeLevels: [] }, 'input.gradeLevels', 'GRADE_LEVELS'],
    ['a capacity of 0', { capacity: 0 }, 'input.capacity', undefined],
    ['an unknown host', { hostPartnerIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.hostPartnerIds.0', 'UNKNOWN_PARTNER'],
    ['an unknown school', { schoolId: '00000000-0000-4000-8000-000000000000' }, 'input.schoolId', 'UNKNOWN_SCHOOL'],
  ])('refuses %s and writes nothing', async (_case, change, field, rule) => {
    await expectRefused(CREATE, { input: { ...fair, ...change } }, DISTRICT_ADMIN, 'BAD_USER_INPUT', field, rule);
  });

  it('cancels with a reason, and a cancelled experience goes nowhere else', async () => {
    const experience = await make.experience({ status: 'DRAFT' });
    await expectRefused(CANCEL, { id: experience.id, reason: ' ' }, DISTRICT_ADMIN, 'BAD_USER_INPUT', 'input.reason');
    expect((await run(CANCEL, { id: experience.id, reason: 'Venue closed' })).data).toEqual({ cancelExperience: { experience: { status: 'CANCELLED' } } });
    await expectRefused(PUBLISH, { id: experience.id }, DISTRICT_ADMIN, 'CONFLICT', 'input.id', 'INVALID_TRANSITION');
  });
});

describe('registration', () => {
  it('registers an eligible student once (idempotent) and refuses wrong grade, other school, closed and draft experiences', async () => {
    const { school, pupils } = await aSchoolWith(2);
    const [student] = pupils;
    const grade8 = await students.student(school, { gradeLevel: 8 });
    const { pupils: [stranger] } = await aSchoolWith(1);
    const experience = await make.experience({ schoolId: school.id });
    const first = await run(REGISTER_SELF, { id: experience.id }, studentCaller(student.id));
    expect(first.errors).toBeUndefined();
    expect((first.data as any).registerForExperience.registration).toMatchObject({ status: 'REGISTERED', source: 'SELF', student: { id: student.id } });
    const again = await run(REGISTER_SELF, { id: experience.id }, studentCaller(student.id));
    expect((again.data as any).registerForExperience.registration.id).toBe((first.data as any).registerForExperience.registration.id);
    await expectRefused(REGISTER_SELF, { id: experience.id }, studentCaller(grade8.id), 'BAD_USER_INPUT', 'input.experienceId', 'GRADE_NOT_ELIGIBLE');
    await expectRefused(REGISTER_SELF, { id: experience.id }, studentCaller(stranger.id), 'BAD_USER_INPUT', 'input.experienceId', 'OTHER_SCHOOL');
    const started = await make.experience({ schoolId: school.id });
    await make.started(started);
    await expectRefused(REGISTER_SELF, { id: started.id }, studentCaller(student.id), 'CONFLICT', 'input.experienceId', 'REGISTRATION_CLOSED');
    const draft = await make.experience({ status: 'DRAFT' });
    await expectRefused(REGISTER_SELF, { id: draft.id }, studentCaller(student.id), 'FORBIDDEN', 'input.experienceId', 'OUTSIDE_SCOPE');
  });

  it('gives the last seats to exactly as many concurrent registrations as there are seats', async () => {
    const { pupils } = await aSchoolWith(6);
    const experience = await make.experience({ capacity: 3 });
    await run(REGISTER, { id: experience.id, studentIds: [pupils[0].id] });
    const results = await Promise.all(pupils.slice(1).map((pupil) => run(REGISTER_SELF, { id: experience.id }, studentCaller(pupil.id))));
    const accepted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'CAPACITY_REACHED' });
    expect(await count('experience_registrations', `experience_id = $1 AND status = 'REGISTERED'`, [experience.id])).toBe(3);
  });

  it('lets staff register their students in bulk, all or none, and cancel a registration to free its seat', async () => {
    const { school, pupils } = await aSchoolWith(3);
    const { pupils: [other] } = await aSchoolWith(1);
    const staff = schoolStaff(school.id);
    const experience = await make.experience({ capacity: 3 });
    await expectRefused(REGISTER, { id: experience.id, studentIds: [pupils[0].id, other.id] }, staff, 'FORBIDDEN', 'input.studentIds.1', 'OUTSIDE_SCOPE');
    await expectRefused(REGISTER, { id: experience.id, studentIds: [pupils[0].id, pupils[0].id] }, staff, 'BAD_USER_INPUT', 'input.studentIds.1', 'DUPLICATE_STUDENT');
    const ok = await run(REGISTER, { id: experience.id, studentIds: pupils.map((p) => p.id) }, staff);
    expect(ok.errors).toBeUndefined();
    expect((ok.data as any).registerStudentsForExperience.registrations.map((r: any) => r.student.id)).toEqual(pupils.map((p) => p.id));
    await expectRefused(REGISTER, { id: experience.id, studentIds: [other.id] }, DISTRICT_ADMIN, 'CONFLICT', 'input.experienceId', 'CAPACITY_REACHED');
    expect((await run(CANCEL_REGISTRATION, { id: experience.id }, studentCaller(pupils[0].id))).data).toEqual({
      cancelRegistration: { registration: { status: 'CANCELLED' } },
    });
    expect((await run(REGISTER, { id: experience.id, studentIds: [other.id] })).errors).toBeUndefined();
    await expectRefused(CANCEL_REGISTRATION, { id: experience.id, studentId: other.id }, staff, 'FORBIDDEN', 'input.studentId', 'OUTSIDE_SCOPE');
  });
});

describe('attendance', () => {
  async function startedFair(n: number, overrides: Partial<ExperienceEntity> = {}) {
    const { school, pupils } = await aSchoolWith(n);
    const experience = await make.experience({ hostPartnerIds: [HOST_ID], ...overrides });
    await run(REGISTER, { id: experience.id, studentIds: pupils.slice(0, n - 1).map((p) => p.id) });
    await make.started(experience);
    return { school, pupils, experience };
  }

  it('records a roster with a walk-in, idempotently, and audits and announces a changed status', async () => {
    const { pupils, experience } = await startedFair(4);
    const [a, b, c, walkIn] = pupils;
    const roster = [
      { studentId: a.id, status: 'PRESENT' },
      { studentId: b.id, status: 'PRESENT' },
      { studentId: c.id, status: 'ABSENT' },
      { studentId: walkIn.id, status: 'PRESENT' },
    ];
    const host = testCaller('PARTNER_USER', { partnerId: HOST_ID });
    const first = await run(ATTEND, { id: experience.id, rows: roster }, host);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ recordExperienceAttendance: { changed: 4, walkIns: 1, experience: { seatsTaken: 4 } } });
    expect(await count('attendance_reporting_snapshots')).toBeGreaterThanOrEqual(4);
    const audits = await count('audit_events');
    const events = await count('outbox_events', `type = 'experience.attendance-recorded' AND subject_id = $1`, [experience.id]);
    expect(events).toBe(1);

    const again = await run(ATTEND, { id: experience.id, rows: roster });
    expect(again.data).toEqual({ recordExperienceAttendance: { changed: 0, walkIns: 0, experience: { seatsTaken: 4 } } });
    expect(await count('audit_events')).toBe(audits);
    expect(await count('outbox_events', `subject_id = $1`, [experience.id])).toBe(1);

    const changed = await run(ATTEND, { id: experience.id, rows: [{ studentId: c.id, status: 'EXCUSED' }] });
    expect(changed.data).toMatchObject({ recordExperienceAttendance: { changed: 1 } });
    const [audit] = await dataSource.query(`SELECT action, before->>'status' AS before, after->>'status' AS after FROM experiences.audit_events ORDER BY occurred_at DESC, id DESC LIMIT 1`);
    expect(audit).toEqual({ action: 'CHANGED', before: 'ABSENT', after: 'EXCUSED' });
    expect(await count('outbox_events', `subject_id = $1`, [experience.id])).toBe(2);
  });

  it('refuses an absent student without a registration, duplicates, other partners and unstarted experiences, writing nothing', async () => {
    const { pupils, experience } = await startedFair(3);
    const unregistered = pupils[2];
    await expectRefused(
      ATTEND,
      { id: experience.id, rows: [{ studentId: pupils[0].id, status: 'PRESENT' }, { studentId: unregistered.id, status: 'ABSENT' }] },
      DISTRICT_ADMIN,
      'BAD_USER_INPUT',
      'input.attendance.1.studentId',
      'NOT_REGISTERED',
    );
    const rows = [{ studentId: pupils[0].id, status: 'PRESENT' }];
    await expectRefused(ATTEND, { id: experience.id, rows: [...rows, ...rows] }, DISTRICT_ADMIN, 'BAD_USER_INPUT', 'input.attendance.1.studentId', 'DUPLICATE_STUDENT');
    await expectRefused(ATTEND, { id: experience.id, rows }, testCaller('PARTNER_USER', { partnerId: OTHER_PARTNER_ID }), 'FORBIDDEN', 'input.experienceId', 'OUTSIDE_SCOPE');
    await expectRefused(ATTEND, { id: experience.id, rows }, schoolStaff(pupils[0].schoolId), 'FORBIDDEN', 'input.experienceId', 'OUTSIDE_SCOPE');
    const future = await make.experience();
    await expectRefused(ATTEND, { id: future.id, rows }, DISTRICT_ADMIN, 'CONFLICT', 'input.experienceId', 'ATTENDANCE_BEFORE_START');
    const tooMany = Array.from({ length: 2001 }, () => ({ studentId: randomUUID(), status: 'PRESENT' }));
    await expectRefused(ATTEND, { id: experience.id, rows: tooMany }, DISTRICT_ADMIN, 'BAD_USER_INPUT', 'input.attendance', 'TOO_MANY_ROWS');
  });

  it('records team challenge results for attendees only', async () => {
    const { pupils, experience } = await startedFair(5, { kind: 'TEAM_CHALLENGE', continuumStage: 'EXPLORATION' });
    await run(ATTEND, { id: experience.id, rows: pupils.slice(0, 4).map((p, i) => ({ studentId: p.id, status: i < 3 ? 'PRESENT' : 'ABSENT' })) });
    const teams = [
      { name: 'Bridge Builders', memberIds: [pupils[0].id, pupils[1].id], rank: 1, score: 92.5 },
      { name: 'Circuit Breakers', memberIds: [pupils[2].id], rank: 2 },
    ];
    await expectRefused(
      TEAMS,
      { id: experience.id, teams: [teams[0], { ...teams[1], memberIds: [pupils[3].id] }] },
      DISTRICT_ADMIN,
      'BAD_USER_INPUT',
      'input.teams.1.memberIds.0',
      'MEMBER_NOT_ATTENDING',
    );
    await expectRefused(TEAMS, { id: experience.id, teams: [teams[0], { ...teams[1], memberIds: [pupils[0].id] }] }, DISTRICT_ADMIN, 'BAD_USER_INPUT', 'input.teams.1.memberIds.0', 'MEMBER_ON_TWO_TEAMS');
    const result = await run(TEAMS, { id: experience.id, teams });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).recordTeamChallengeResults.experience.teams).toEqual([
      { name: 'Bridge Builders', rank: 1, score: 92.5, members: [pupils[0].id, pupils[1].id].sort().map((id) => ({ id })) },
      { name: 'Circuit Breakers', rank: 2, score: null, members: [{ id: pupils[2].id }] },
    ]);
    const fair = await make.experience();
    await make.started(fair);
    await expectRefused(TEAMS, { id: fair.id, teams }, DISTRICT_ADMIN, 'BAD_USER_INPUT', 'input.experienceId', 'NOT_A_TEAM_CHALLENGE');
  });
});

describe('reads', () => {
  const HISTORY = `query($id: ID!) { _entities(representations: [{ __typename: "Student", id: $id }]) { ... on Student {
    experiences(first: 10) { totalCount edges { node { registrationStatus attendance experience { title continuumStage } team { name } } } } } } }`;
  const METRICS = `query($year: ID!) { _entities(representations: [{ __typename: "SchoolYear", id: $year }]) { ... on SchoolYear {
    experiences { hasData studentsAttending { value } studentsInCareerAwareness { value } studentsInCareerExploration { value } experiencesHeld { value } } } } }`;
  const LIST = `query { experiences(first: 50) { edges { node { id } } } }`;

  it("shows a student's history to the student and their school's staff, not to others", async () => {
    const { school, pupils } = await aSchoolWith(2);
    const [student, classmate] = pupils;
    const experience = await make.experience({ title: 'Hospital job shadow', kind: 'JOB_SHADOW_DAY', continuumStage: 'EXPLORATION', gradeLevels: [11] });
    await run(REGISTER, { id: experience.id, studentIds: [student.id] });
    await make.started(experience);
    await run(ATTEND, { id: experience.id, rows: [{ studentId: student.id, status: 'PRESENT' }] });
    const expected = { _entities: [{ experiences: { totalCount: 1, edges: [{ node: { registrationStatus: 'REGISTERED', attendance: 'PRESENT', experience: { title: 'Hospital job shadow', continuumStage: 'EXPLORATION' }, team: null } }] } }] };
    expect((await run(HISTORY, { id: student.id }, studentCaller(student.id))).data).toEqual(expected);
    expect((await run(HISTORY, { id: student.id }, schoolStaff(school.id))).data).toEqual(expected);
    const denied = await run(HISTORY, { id: student.id }, studentCaller(classmate.id));
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
    const otherStaff = await run(HISTORY, { id: student.id }, schoolStaff('00000000-0000-4000-8000-000000000001'));
    expect(otherStaff.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
  });

  it('reads rosters, teams and histories of a page of parents in statements constant in its size', async () => {
    const { pupils } = await aSchoolWith(3);
    const fairs = [await make.experience({ title: 'Zz statement fair 1' }), await make.experience({ title: 'Zz statement fair 2' })];
    for (const fair of fairs) {
      await run(REGISTER, { id: fair.id, studentIds: pupils.map((p) => p.id) });
      await make.started(fair);
      await run(ATTEND, { id: fair.id, rows: pupils.map((p) => ({ studentId: p.id, status: 'PRESENT' })) });
    }
    const page = `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Experience { seatsTaken teams { name members { id } }
      registrations(first: 5) { totalCount edges { node { student { id } } } } attendance(first: 5) { totalCount edges { node { status } } } } } }`;
    const { result, statements } = await countStatements(() => run(page, { ids: fairs.map((fair) => ({ __typename: 'Experience', id: fair.id })) }));
    expect(result.errors).toBeUndefined();
    // The experiences, their seats, teams, one page and one count of registrations, the same of attendance.
    expect(statements).toBe(7);
    const histories = `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Student {
      experiences(first: 5) { totalCount edges { node { attendance team { name } experience { title } } } } } } }`;
    const { result: read, statements: reads } = await countStatements(() => run(histories, { ids: pupils.map((p) => ({ __typename: 'Student', id: p.id })) }));
    expect(read.errors).toBeUndefined();
    expect((read.data as any)._entities.map((s: any) => s.experiences.totalCount)).toEqual([2, 2, 2]);
    // One page and one count of registrations, then their attendance, teams and experiences.
    expect(reads).toBe(5);
  });

  it("lists to a student only the published experiences open to their grade and school", async () => {
    const { school, pupils: [student] } = await aSchoolWith(1, { gradeLevel: 7 });
    const open = await make.experience({ schoolId: school.id, gradeLevels: [6, 7, 8] });
    const districtWide = await make.experience({ gradeLevels: [7] });
    await make.experience({ schoolId: school.id, gradeLevels: [8] });
    await make.experience({ gradeLevels: [7], status: 'DRAFT' });
    const { school: other } = await aSchoolWith(0);
    await make.experience({ schoolId: other.id, gradeLevels: [7] });
    const result = await run(LIST, {}, studentCaller(student.id));
    expect((result.data as any).experiences.edges.map((e: any) => e.node.id).sort()).toEqual([open.id, districtWide.id].sort());
  });

  it('counts students attending by continuum stage in the school year of the experience', async () => {
    const { pupils } = await aSchoolWith(3);
    const awareness = await make.experience({ schoolYear: '2019-2020' });
    const exploration = await make.experience({ schoolYear: '2019-2020', continuumStage: 'EXPLORATION', kind: 'WORKPLACE_TOUR' });
    await run(REGISTER, { id: awareness.id, studentIds: pupils.map((p) => p.id) });
    await run(REGISTER, { id: exploration.id, studentIds: [pupils[0].id] });
    await make.started(awareness);
    await make.started(exploration);
    await run(ATTEND, { id: awareness.id, rows: pupils.map((p, i) => ({ studentId: p.id, status: i < 2 ? 'PRESENT' : 'ABSENT' })) });
    await run(ATTEND, { id: exploration.id, rows: [{ studentId: pupils[0].id, status: 'PRESENT' }] });
    const result = await run(METRICS, { year: '2019-2020' });
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities[0].experiences).toEqual({
      hasData: true,
      studentsAttending: { value: 2 },
      studentsInCareerAwareness: { value: 2 },
      studentsInCareerExploration: { value: 1 },
      experiencesHeld: { value: 2 },
    });
    const analyst = await run(METRICS, { year: '2019-2020' }, testCaller('ANALYST'));
    expect((analyst.data as any)._entities[0].experiences.studentsAttending).toEqual({ value: null });
  });
});
