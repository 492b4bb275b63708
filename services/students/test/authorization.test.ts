import { randomUUID } from 'node:crypto';
import { type Caller, createLogger, policyMatrix } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import type { ProgramEnrollmentEntity, ProgramEntity, SchoolEntity, StudentEntity } from '../src/entities';
import { studentsPolicy } from '../src/policy';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';
import { PlacementsTestPeer } from './support/placements-test-peer';

let db: TestDataSource;
let server: ReturnType<typeof studentsSubgraph.build>;
let peer: PlacementsTestPeer;
let make: ReturnType<typeof studentsFactories>;

/** Two schools; a CTE program at both, a TRADES program at A; students in and out of each scope. */
let schoolA: SchoolEntity, schoolB: SchoolEntity, cte: ProgramEntity, trades: ProgramEntity;
let a1: StudentEntity, a2: StudentEntity, b1: StudentEntity, b1Enrollment: ProgramEnrollmentEntity;
const partnerId = randomUUID();
let callers: Record<'admin' | 'staffA' | 'cteStaff' | 'tradesStaff' | 'partner' | 'analyst' | 'studentA1', Caller>;

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
  peer = new PlacementsTestPeer();
  const placementsUrl = await peer.start();
  server = studentsSubgraph.build({
    dataSource: db.dataSource,
    logger: createLogger('test', 'silent'),
    production: false,
    subgraphUrls: { placements: placementsUrl },
  });
  make = studentsFactories(db.dataSource);
  schoolA = await make.school();
  schoolB = await make.school();
  cte = await make.program([schoolA, schoolB], { department: 'CTE' });
  trades = await make.program([schoolA], { department: 'TRADES' });
  a1 = await make.student(schoolA, { email: 'a1@students.example.org', phone: '312-555-0101' });
  a2 = await make.student(schoolA);
  b1 = await make.student(schoolB);
  await make.enrollment(a1, cte);
  await make.enrollment(a2, trades);
  b1Enrollment = await make.enrollment(b1, cte);
  peer.place(a1.id, partnerId);
  callers = {
    admin: DISTRICT_ADMIN,
    staffA: testCaller('SCHOOL_STAFF', { schoolIds: [schoolA.id] }),
    cteStaff: testCaller('DEPARTMENT_STAFF', { department: 'CTE' }),
    tradesStaff: testCaller('DEPARTMENT_STAFF', { department: 'TRADES' }),
    partner: testCaller('PARTNER_USER', { partnerId }),
    analyst: testCaller('ANALYST'),
    studentA1: testCaller('STUDENT', { studentId: a1.id }),
  };
});

afterAll(async () => {
  await server.stop();
  await peer.stop();
  await db.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller });
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => `${error.extensions?.code}:${error.extensions?.rule}`);

const STUDENT = `query($id: ID!) { student(id: $id) { id preferredName } }`;

describe('student(id): each role reaches only the students in its scope', () => {
  type Who = keyof typeof callers;
  const students = () => ({ a1, a2, b1 });
  const cases: [Who, 'a1' | 'a2' | 'b1', 'ok' | 'OUTSIDE_SCOPE' | 'ROLE_POLICY'][] = [
    ['admin', 'b1', 'ok'],
    ['staffA', 'a1', 'ok'],
    ['staffA', 'b1', 'OUTSIDE_SCOPE'],
    ['cteStaff', 'b1', 'ok'],
    ['cteStaff', 'a2', 'OUTSIDE_SCOPE'],
    ['tradesStaff', 'a2', 'ok'],
    ['tradesStaff', 'a1', 'OUTSIDE_SCOPE'],
    ['partner', 'a1', 'ok'],
    ['partner', 'a2', 'OUTSIDE_SCOPE'],
    ['analyst', 'a1', 'ROLE_POLICY'],
    ['studentA1', 'a1', 'ok'],
    ['studentA1', 'a2', 'OUTSIDE_SCOPE'],
  ];

  it.each(cases)('%s reading student %s: %s', async (who, name, expected) => {
    const student = () => students()[name];
    const result = await as(callers[who], STUDENT, { id: student().id });
    if (expected === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ student: { id: student().id, preferredName: student().legalFirstName } });
    } else {
      expect(result.data).toEqual({ student: null });
      expect(codes(result)).toEqual([`FORBIDDEN:${expected}`]);
      expect(result.errors![0].path).toEqual(['student']);
    }
  });

  it('answers null, not FORBIDDEN, for a student that does not exist', async () => {
    const result = await as(callers.staffA, STUDENT, { id: randomUUID() });
    expect(result).toEqual({ data: { student: null } });
  });
});

describe('sensitive and record fields: null with FORBIDDEN at their path, the rest still arrives', () => {
  const SENSITIVE = ['dateOfBirth', 'raceEthnicity', 'gender', 'disabilityPlan', 'englishLearner', 'economicallyDisadvantaged'];
  const RECORD = ['districtStudentId', 'legalFirstName', 'legalLastName', 'cohort', 'directoryOptOuts'];
  const FULL = `query($id: ID!) { student(id: $id) {
    id preferredName gradeLevel school { name } email phone ${RECORD.join(' ')} enrollments { schoolYear } ${SENSITIVE.join(' ')}
  } }`;
  const deniedPaths = (result: Awaited<ReturnType<typeof as>>) =>
    (result.errors ?? []).map((error) => [error.path!.join('.'), error.extensions?.rule]).sort();

  it('gives administrators and staff of the student\'s school every field', async () => {
    for (const caller of [callers.admin, callers.staffA]) {
      const result = await as(caller, FULL, { id: a1.id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.student).toMatchObject({ dateOfBirth: a1.dateOfBirth, gender: a1.gender, email: a1.email, legalLastName: a1.legalLastName });
    }
  });

  it('gives department staff and the student the record without the sensitive fields', async () => {
    for (const caller of [callers.cteStaff, callers.studentA1]) {
      const result = await as(caller, FULL, { id: a1.id });
      expect(deniedPaths(result)).toEqual(SENSITIVE.map((field) => [`student.${field}`, 'ROLE_POLICY']).sort());
      const student = result.data!.student as Record<string, unknown>;
      for (const field of SENSITIVE) expect(student[field]).toBeNull();
      expect(student).toMatchObject({ legalLastName: a1.legalLastName, cohort: a1.cohort, enrollments: [{ schoolYear: '2025-2026' }] });
    }
  });

  it('gives a partner only the preferred name, grade level, school and the contact details its agreement shares', async () => {
    const result = await as(callers.partner, FULL, { id: a1.id });
    expect(deniedPaths(result)).toEqual([...SENSITIVE, ...RECORD, 'enrollments'].map((field) => [`student.${field}`, 'ROLE_POLICY']).sort());
    const student = result.data!.student as Record<string, unknown>;
    expect(student).toMatchObject({
      id: a1.id,
      preferredName: a1.legalFirstName,
      gradeLevel: a1.gradeLevel,
      school: { name: schoolA.name },
      email: a1.email,
      phone: a1.phone,
    });
    for (const field of [...SENSITIVE, ...RECORD, 'enrollments']) expect(student[field]).toBeNull();
  });
});

describe('students and School.students are narrowed to the caller\'s scope in SQL', () => {
  const LIST = `{ students(first: 100) { totalCount edges { node { id } } } }`;
  const ids = (result: Awaited<ReturnType<typeof as>>) =>
    ((result.data as any).students.edges as { node: { id: string } }[]).map((edge) => edge.node.id).sort();

  it('lists only the students of the caller\'s schools, department or self, with matching counts', async () => {
    const staff = await as(callers.staffA, LIST);
    expect(ids(staff)).toEqual([a1.id, a2.id].sort());
    expect((staff.data as any).students.totalCount).toBe(2);
    const department = await as(callers.cteStaff, LIST);
    expect(ids(department)).toEqual([a1.id, b1.id].sort());
    const self = await as(callers.studentA1, LIST);
    expect(ids(self)).toEqual([a1.id]);
  });

  it('refuses partners and analysts any student list', async () => {
    for (const caller of [callers.partner, callers.analyst]) {
      const result = await as(caller, LIST);
      // The root list is nullable (issue 14): the refusal costs that field, not the whole answer.
      expect(result.data).toEqual({ students: null });
      expect(codes(result)).toEqual(['FORBIDDEN:ROLE_POLICY']);
    }
  });

  it('shows a school\'s roster only to administrators and that school\'s staff; the school itself to everyone', async () => {
    const ROSTER = `query($id: ID!) { school(id: $id) { name programs { name } students(first: 10) { edges { node { id } } } } }`;
    const own = await as(callers.staffA, ROSTER, { id: schoolA.id });
    expect(own.errors).toBeUndefined();
    expect((own.data as any).school.students.edges).toHaveLength(2);
    const other = await as(callers.staffA, ROSTER, { id: schoolB.id });
    expect(codes(other)).toEqual(['FORBIDDEN:OUTSIDE_SCOPE']);
    expect((other.data as any).school).toMatchObject({ name: schoolB.name, students: null });
    for (const caller of [callers.partner, callers.analyst, callers.cteStaff, callers.studentA1]) {
      const result = await as(caller, ROSTER, { id: schoolA.id });
      expect(codes(result)).toEqual(['FORBIDDEN:ROLE_POLICY']);
      expect((result.data as any).school).toMatchObject({ name: schoolA.name, students: null });
    }
  });

  it('lets every role read the catalog of schools and programs, which is not student data', async () => {
    const CATALOG = `{ schools(first: 100) { totalCount } programs { id department } }`;
    for (const caller of Object.values(callers)) {
      const result = await as(caller, CATALOG);
      expect(result.errors).toBeUndefined();
      expect((result.data as any).programs.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([cte.id, trades.id]));
    }
  });
});

describe('mutations: administrators everywhere, school staff for their schools\' students only', () => {
  const CREATE = `mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id email } } }`;
  const UPDATE = `mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { student { id gradeLevel } } }`;
  const ENROLL = `mutation($input: EnrollStudentInProgramInput!) { enrollStudentInProgram(input: $input) { enrollment { id } } }`;
  const EXIT = `mutation($input: ExitProgramEnrollmentInput!) { exitProgramEnrollment(input: $input) { enrollment { id } } }`;
  const COMPLETE = `mutation($input: RecordCourseCompletionInput!) { recordCourseCompletion(input: $input) { courseCompletion { id } } }`;
  const OPT_OUT = `mutation($input: UpdateDirectoryOptOutsInput!) { updateDirectoryOptOuts(input: $input) { student { id directoryOptOuts } } }`;
  const newStudent = (schoolId: string) => ({
    districtStudentId: `AUTH-${randomUUID().slice(0, 8)}`,
    legalFirstName: 'Rosa',
    legalLastName: 'Mendez',
    dateOfBirth: '2010-03-03',
    gradeLevel: 10,
    cohort: 2029,
    schoolId,
    raceEthnicity: 'HISPANIC_OR_LATINO',
    email: 'rosa@students.example.org',
  });
  const refused = (caller: Caller, query: string, variables: Record<string, unknown>, rule: string, field?: string) =>
    expectRefused(() => as(caller, query, variables), { dataSource: db.dataSource, schema: 'students' }, { code: 'FORBIDDEN', rule, field });

  it('lets school staff create, update, enroll and set opt-outs for students of their school', async () => {
    const created = await as(callers.staffA, CREATE, { input: newStudent(schoolA.id) });
    expect(created.errors).toBeUndefined();
    const id = (created.data as any).createStudent.student.id;
    expect((await as(callers.staffA, UPDATE, { input: { id, gradeLevel: 11 } })).errors).toBeUndefined();
    const enrolled = await as(callers.staffA, ENROLL, { input: { studentId: id, programId: cte.id, schoolYear: '2025-2026', beginDate: '2025-08-25' } });
    expect(enrolled.errors).toBeUndefined();
    const optOut = await as(callers.staffA, OPT_OUT, { input: { studentId: id, optOuts: ['CONTACT', 'NAME', 'CONTACT'] } });
    expect((optOut.data as any).updateDirectoryOptOuts.student.directoryOptOuts).toEqual(['CONTACT', 'NAME']);
  });

  it('refuses school staff every write about another school\'s student, writing nothing', async () => {
    await refused(callers.staffA, CREATE, { input: newStudent(schoolB.id) }, 'OUTSIDE_SCOPE', 'input.schoolId');
    await refused(callers.staffA, UPDATE, { input: { id: b1.id, gradeLevel: 12 } }, 'OUTSIDE_SCOPE', 'input.id');
    await refused(callers.staffA, UPDATE, { input: { id: a2.id, schoolId: schoolB.id } }, 'OUTSIDE_SCOPE', 'input.schoolId');
    await refused(
      callers.staffA,
      ENROLL,
      { input: { studentId: b1.id, programId: cte.id, schoolYear: '2026-2027', beginDate: '2026-08-24' } },
      'OUTSIDE_SCOPE',
      'input.studentId',
    );
    await refused(callers.staffA, EXIT, { input: { enrollmentId: b1Enrollment.id, endDate: '2026-01-10' } }, 'OUTSIDE_SCOPE', 'input.enrollmentId');
    await refused(
      callers.staffA,
      COMPLETE,
      { input: { enrollmentId: b1Enrollment.id, courseCode: 'X-1', courseTitle: 'X', completedOn: '2025-12-18', earnedCredits: 1 } },
      'OUTSIDE_SCOPE',
      'input.enrollmentId',
    );
    await refused(callers.staffA, OPT_OUT, { input: { studentId: b1.id, optOuts: ['NAME'] } }, 'OUTSIDE_SCOPE', 'input.studentId');
  });

  it('refuses every other role the writes outright', async () => {
    for (const caller of [callers.cteStaff, callers.partner, callers.analyst, callers.studentA1]) {
      await refused(caller, UPDATE, { input: { id: a1.id, gradeLevel: 12 } }, 'ROLE_POLICY');
      await refused(caller, OPT_OUT, { input: { studentId: a1.id, optOuts: [] } }, 'ROLE_POLICY');
      await refused(caller, CREATE, { input: newStudent(schoolA.id) }, 'ROLE_POLICY');
    }
  });

  it('validates contact details', async () => {
    await expectRefused(
      () => as(callers.admin, UPDATE, { input: { id: a2.id, email: 'not-an-email' } }),
      { dataSource: db.dataSource, schema: 'students' },
      { code: 'BAD_USER_INPUT', field: 'input.email' },
    );
    await expectRefused(
      () => as(callers.admin, UPDATE, { input: { id: a2.id, phone: 'call me' } }),
      { dataSource: db.dataSource, schema: 'students' },
      { code: 'BAD_USER_INPUT', field: 'input.phone' },
    );
  });
});

describe('_entities: the same scope as student(id)', () => {
  const ENTITIES = `query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Student { id preferredName } ... on School { id name } }
  }`;

  it('refuses a partner a student not placed with it, and an analyst any student, but answers schools', async () => {
    const asPartner = await as(callers.partner, ENTITIES, {
      representations: [
        { __typename: 'Student', id: a1.id },
        { __typename: 'Student', id: b1.id },
        { __typename: 'School', id: schoolB.id },
      ],
    });
    expect((asPartner.data as any)._entities).toEqual([
      { id: a1.id, preferredName: a1.legalFirstName },
      null,
      { id: schoolB.id, name: schoolB.name },
    ]);
    expect(codes(asPartner)).toEqual(['FORBIDDEN:OUTSIDE_SCOPE']);
    expect(asPartner.errors![0].path).toEqual(['_entities', 1]);
    const asAnalyst = await as(callers.analyst, ENTITIES, { representations: [{ __typename: 'Student', id: a1.id }] });
    expect((asAnalyst.data as any)._entities).toEqual([null]);
    expect(codes(asAnalyst)).toEqual(['FORBIDDEN:ROLE_POLICY']);
  });

  it('signs its partnerAccess lookups as the students service', () => {
    expect(peer.callers.length).toBeGreaterThan(0);
    expect(new Set(peer.callers.map((caller) => `${caller.role}:${caller.subject}`))).toEqual(new Set(['SERVICE:service:students']));
  });
});

describe('the policy is complete and is what the matrix reads', () => {
  it('denies ANALYST every student cell and gives sensitive fields to administrators and school staff only', () => {
    const cells = policyMatrix(studentsPolicy);
    const analystStudent = cells.filter((cell) => cell.role === 'ANALYST' && /^(Query\.students?|Student)/.test(cell.coordinate));
    expect(analystStudent.length).toBeGreaterThan(10);
    expect(analystStudent.every((cell) => cell.access === 'DENY')).toBe(true);
    const dateOfBirth = cells.filter((cell) => cell.coordinate === 'Student.dateOfBirth' && cell.access !== 'DENY').map((cell) => cell.role);
    expect(dateOfBirth.sort()).toEqual(['DISTRICT_ADMIN', 'SCHOOL_STAFF']);
  });
});
