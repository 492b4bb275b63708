import { type Caller, countStatements, createLogger, schoolYearOf, SQL_COUNT_HEADER, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused as expectRefusal, openTestDataSource, signedHeaders, type TestDataSource, testCaller } from '@careergraph/kit/testing';
import type { DataSource } from 'typeorm';
import { loadStudentsSettings } from '../src/config/students-settings';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';

let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof studentsSubgraph.build>;
let make: ReturnType<typeof studentsFactories>;

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
  dataSource = db.dataSource;
  server = studentsSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} });
  make = studentsFactories(dataSource);
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

const PRODUCTION_SECRET = 'a-production-signing-secret-of-32-characters-or-more';
const run = (query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller: DISTRICT_ADMIN });
const UPDATE_STATUS = `mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { student { enrollmentStatus } } }`;

/** A mutation that must be refused: its code, field and rule, and the schema left exactly as it was. */
const expectRefused = (query: string, variables: Record<string, unknown>, code: string, field: string, rule?: string) =>
  expectRefusal(() => run(query, variables), { dataSource, schema: 'students' }, { code, field, rule });

describe('createStudent', () => {
  const CREATE = `mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id districtStudentId preferredName school { id } } } }`;
  const validInput = (schoolId: string, districtStudentId: string) => ({
    districtStudentId,
    legalFirstName: ' Ana ',
    legalLastName: 'Reyes',
    dateOfBirth: '2010-04-02',
    gradeLevel: 10,
    cohort: 2029,
    schoolId,
    raceEthnicity: 'HISPANIC_OR_LATINO',
  });

  it('creates a student and falls back to the legal first name for the preferred name', async () => {
    const school = await make.school();
    const result = await run(CREATE, { input: validInput(school.id, 'NEW-1') });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      createStudent: { student: { districtStudentId: 'NEW-1', preferredName: 'Ana', school: { id: school.id } } },
    });
  });

  it.each([
    ['a grade outside 6–12', { gradeLevel: 13 }, 'BAD_USER_INPUT', 'input.gradeLevel', undefined],
    ['a grade the school does not serve', { gradeLevel: 7 }, 'BAD_USER_INPUT', 'input.schoolId', 'GRADE_NOT_SERVED_BY_SCHOOL'],
    ['an unknown school', { schoolId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'input.schoolId', undefined],
    ['a malformed school id', { schoolId: 'school-1' }, 'BAD_USER_INPUT', 'input.schoolId', undefined],
    ['an empty last name', { legalLastName: '   ' }, 'BAD_USER_INPUT', 'input.legalLastName', undefined],
    ['an implausible birth date', { dateOfBirth: '2024-01-01' }, 'BAD_USER_INPUT', 'input.dateOfBirth', undefined],
    ['a malformed district id', { districtStudentId: 'has spaces' }, 'BAD_USER_INPUT', 'input.districtStudentId', undefined],
  ])('refuses %s and writes nothing', async (_case, override, code, field, rule) => {
    const school = await make.school();
    await expectRefused(CREATE, { input: { ...validInput(school.id, `R-${Math.random().toString(36).slice(2, 8)}`), ...override } }, code, field, rule);
  });

  it('refuses a duplicate district student id', async () => {
    const school = await make.school();
    await make.student(school, { districtStudentId: 'DUP-1' });
    await expectRefused(CREATE, { input: validInput(school.id, 'DUP-1') }, 'BAD_USER_INPUT', 'input.districtStudentId', 'DUPLICATE_DISTRICT_STUDENT_ID');
  });
});

describe('updateStudent', () => {
  const UPDATE = `mutation($input: UpdateStudentInput!) { updateStudent(input: $input) { student { id preferredName gradeLevel } } }`;

  it('changes only the given fields and clears the preferred name with an empty string', async () => {
    const student = await make.student(await make.school(), { preferredName: 'Lu' });
    const result = await run(UPDATE, { input: { id: student.id, gradeLevel: 12, preferredName: '' } });
    expect(result.data).toEqual({ updateStudent: { student: { id: student.id, preferredName: student.legalFirstName, gradeLevel: 12 } } });
  });

  it('records a graduation, and takes it back when recorded in error', async () => {
    // Last school year's class: one that may graduate whatever the day.
    const student = await make.student(await make.school(), { gradeLevel: 12, cohort: 2026 });
    const graduated = await run(UPDATE_STATUS, { input: { id: student.id, enrollmentStatus: 'GRADUATED' } });
    expect(graduated.data).toEqual({ updateStudent: { student: { enrollmentStatus: 'GRADUATED' } } });
    const [row] = await dataSource.query(`SELECT enrollment_status FROM students.students WHERE id = $1`, [student.id]);
    expect(row.enrollment_status).toBe('GRADUATED');
    const back = await run(UPDATE_STATUS, { input: { id: student.id, enrollmentStatus: 'ENROLLED' } });
    expect(back.data).toEqual({ updateStudent: { student: { enrollmentStatus: 'ENROLLED' } } });
    const bad = await run(UPDATE_STATUS, { input: { id: student.id, enrollmentStatus: 'ALUMNUS' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown student and BAD_USER_INPUT for a malformed id', async () => {
    await expectRefused(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', gradeLevel: 10 } }, 'NOT_FOUND', 'input.id');
    await expectRefused(UPDATE, { input: { id: 'nope', gradeLevel: 10 } }, 'BAD_USER_INPUT', 'input.id');
  });

  it('refuses a move to a school that does not serve the grade', async () => {
    const student = await make.student(await make.school());
    const middle = await make.school({ kind: 'MIDDLE', gradeLow: 6, gradeHigh: 8 });
    await expectRefused(UPDATE, { input: { id: student.id, schoolId: middle.id } }, 'BAD_USER_INPUT', 'input.schoolId', 'GRADE_NOT_SERVED_BY_SCHOOL');
  });
});

describe('graduateClass', () => {
  const GRADUATE = `mutation($input: GraduateClassInput!) { graduateClass(input: $input) { graduatedCount } }`;
  // The school year 2026-2027: its class of 2027 may graduate from May 15, 2027 (the default).
  const CLASS = 2027;
  const IN_NOVEMBER = '2026-11-23';
  const AFTER_OPENING = '2027-06-10';
  const statusOf = async (id: string) =>
    (await dataSource.query(`SELECT enrollment_status FROM students.students WHERE id = $1`, [id]))[0].enrollment_status as string;

  /** The students subgraph as it runs on the day `on`, with the default opening day. */
  async function onDay<T>(
    on: string,
    work: (graduate: (variables: Record<string, unknown>, caller?: Caller, query?: string) => ReturnType<typeof server.execute>) => Promise<T>,
  ) {
    const dated = studentsSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} }, { ...loadStudentsSettings({}), today: () => on });
    try {
      return await work((variables, caller = DISTRICT_ADMIN, query = GRADUATE) => dated.execute({ query, variables }, { caller }));
    } finally {
      await dated.stop();
    }
  }

  it("graduates the class's enrolled seniors at the school once its senior year ends, leaving everyone else as they were", async () => {
    const [school, other] = [await make.school(), await make.school()];
    const seniors = [await make.student(school, { gradeLevel: 12, cohort: CLASS }), await make.student(school, { gradeLevel: 12, cohort: CLASS })];
    const junior = await make.student(school, { gradeLevel: 11, cohort: CLASS + 1 });
    const retained = await make.student(school, { gradeLevel: 11, cohort: CLASS });
    const elsewhere = await make.student(other, { gradeLevel: 12, cohort: CLASS });
    await onDay(AFTER_OPENING, async (graduate) => {
      expect((await graduate({ input: { cohort: CLASS, schoolId: school.id } })).data).toEqual({ graduateClass: { graduatedCount: 2 } });
      for (const senior of seniors) expect(await statusOf(senior.id)).toBe('GRADUATED');
      for (const student of [junior, retained, elsewhere]) expect(await statusOf(student.id)).toBe('ENROLLED');
      expect((await graduate({ input: { cohort: CLASS, schoolId: school.id } })).data).toEqual({ graduateClass: { graduatedCount: 0 } });
    });
  });

  it("refuses this year's class before its opening day, writing nothing, and takes last year's class at any time", async () => {
    const school = await make.school();
    const senior = await make.student(school, { gradeLevel: 12, cohort: CLASS });
    const lastYears = await make.student(school, { gradeLevel: 12, cohort: CLASS - 1 });
    await onDay(IN_NOVEMBER, async (graduate) => {
      const refused = await expectRefusal(() => graduate({ input: { cohort: CLASS, schoolId: school.id } }), { dataSource, schema: 'students' }, {
        code: 'BAD_USER_INPUT',
        field: 'input.cohort',
        rule: 'CLASS_NOT_GRADUATING_YET',
      });
      expect(refused.message).toContain('from 2027-05-15');
      expect((await graduate({ input: { cohort: CLASS - 1, schoolId: school.id } })).data).toEqual({ graduateClass: { graduatedCount: 1 } });
    });
    await onDay('2027-05-14', async (graduate) => {
      expect((await graduate({ input: { cohort: CLASS, schoolId: school.id } })).errors?.[0].extensions?.rule).toBe('CLASS_NOT_GRADUATING_YET');
    });
    expect(await statusOf(senior.id)).toBe('ENROLLED');
    expect(await statusOf(lastYears.id)).toBe('GRADUATED');
  });

  it('graduates one student by the same rule: a senior, once the class may graduate, writing nothing otherwise', async () => {
    const school = await make.school();
    const senior = await make.student(school, { gradeLevel: 12, cohort: CLASS });
    const junior = await make.student(school, { gradeLevel: 11, cohort: CLASS + 1 });
    const graduating = (id: string) => ({ input: { id, enrollmentStatus: 'GRADUATED' } });
    await onDay(IN_NOVEMBER, async (update) => {
      const refusal = (id: string, rule: string) =>
        expectRefusal(() => update(graduating(id), DISTRICT_ADMIN, UPDATE_STATUS), { dataSource, schema: 'students' }, { code: 'BAD_USER_INPUT', field: 'input.enrollmentStatus', rule });
      expect((await refusal(senior.id, 'CLASS_NOT_GRADUATING_YET')).message).toContain('from 2027-05-15');
      await refusal(junior.id, 'NOT_A_SENIOR');
    });
    await onDay(AFTER_OPENING, async (update) => {
      expect((await update(graduating(senior.id), DISTRICT_ADMIN, UPDATE_STATUS)).data).toEqual({ updateStudent: { student: { enrollmentStatus: 'GRADUATED' } } });
    });
  });

  it("lets school staff graduate only their schools' seniors", async () => {
    const [mine, theirs] = [await make.school(), await make.school()];
    const senior = await make.student(mine, { gradeLevel: 12, cohort: CLASS });
    const elsewhere = await make.student(theirs, { gradeLevel: 12, cohort: CLASS });
    const staff = testCaller('SCHOOL_STAFF', { schoolIds: [mine.id] });
    await onDay(AFTER_OPENING, async (graduate) => {
      await expectRefusal(() => graduate({ input: { cohort: CLASS, schoolId: theirs.id } }, staff), { dataSource, schema: 'students' }, {
        code: 'FORBIDDEN',
        field: 'input.schoolId',
        rule: 'OUTSIDE_SCOPE',
      });
      expect((await graduate({ input: { cohort: CLASS } }, staff)).data).toEqual({ graduateClass: { graduatedCount: 1 } });
    });
    expect(await statusOf(senior.id)).toBe('GRADUATED');
    expect(await statusOf(elsewhere.id)).toBe('ENROLLED');
  });

  it('refuses a class that has not reached its graduation year, a bad cohort and an unknown school, writing nothing', async () => {
    const school = await make.school();
    await make.student(school, { gradeLevel: 12, cohort: CLASS + 1 });
    await onDay(AFTER_OPENING, async (graduate) => {
      const refusal = (variables: Record<string, unknown>, field: string, rule?: string) =>
        expectRefusal(() => graduate(variables), { dataSource, schema: 'students' }, { code: 'BAD_USER_INPUT', field, rule });
      await refusal({ input: { cohort: CLASS + 1, schoolId: school.id } }, 'input.cohort', 'CLASS_NOT_GRADUATING_YET');
      await refusal({ input: { cohort: 1 } }, 'input.cohort');
      await refusal({ input: { cohort: CLASS, schoolId: '00000000-0000-4000-8000-000000000000' } }, 'input.schoolId');
      await refusal({ input: { cohort: CLASS, schoolId: 'x' } }, 'input.schoolId');
    });
  });
});

describe('program enrollment', () => {
  const ENROLL = `mutation($input: EnrollStudentInProgramInput!) { enrollStudentInProgram(input: $input) { enrollment { id schoolYear participant concentrator } } }`;
  const EXIT = `mutation($input: ExitProgramEnrollmentInput!) { exitProgramEnrollment(input: $input) { enrollment { id endDate exitReason } } }`;
  const COMPLETE = `mutation($input: RecordCourseCompletionInput!) { recordCourseCompletion(input: $input) { courseCompletion { courseCode earnedCredits } enrollment { participant concentrator } } }`;

  async function setup() {
    const school = await make.school();
    const program = await make.program([school]);
    const student = await make.student(school);
    return { school, program, student };
  }

  it('enrolls a student in a program their school offers', async () => {
    const { program, student } = await setup();
    const result = await run(ENROLL, { input: { studentId: student.id, programId: program.id, schoolYear: '2025-2026', beginDate: '2025-08-25' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ enrollStudentInProgram: { enrollment: { schoolYear: '2025-2026', participant: false, concentrator: false } } });
  });

  it('refuses a duplicate, a program not offered, a begin date outside the year, a bad year and unknown ids', async () => {
    const { program, student } = await setup();
    const input = { studentId: student.id, programId: program.id, schoolYear: '2025-2026', beginDate: '2025-08-25' };
    expect((await run(ENROLL, { input })).errors).toBeUndefined();
    await expectRefused(ENROLL, { input }, 'BAD_USER_INPUT', 'input.programId', 'DUPLICATE_ENROLLMENT');
    const elsewhere = await make.program([await make.school()]);
    await expectRefused(ENROLL, { input: { ...input, programId: elsewhere.id } }, 'BAD_USER_INPUT', 'input.programId', 'PROGRAM_NOT_OFFERED_AT_SCHOOL');
    await expectRefused(ENROLL, { input: { ...input, schoolYear: '2026-2027', beginDate: '2026-06-30' } }, 'BAD_USER_INPUT', 'input.beginDate', 'BEGIN_OUTSIDE_SCHOOL_YEAR');
    await expectRefused(ENROLL, { input: { ...input, schoolYear: '2025-2027' } }, 'BAD_USER_INPUT', 'input.schoolYear');
    await expectRefused(ENROLL, { input: { ...input, studentId: '00000000-0000-4000-8000-000000000000' } }, 'BAD_USER_INPUT', 'input.studentId');
    await expectRefused(ENROLL, { input: { ...input, programId: 'x' } }, 'BAD_USER_INPUT', 'input.programId');
  });

  it("records a graduate's past years, and no year after the class graduated", async () => {
    const school = await make.school();
    const program = await make.program([school]);
    const graduate = await make.student(school, { gradeLevel: 12, cohort: 2025, enrollmentStatus: 'GRADUATED' });
    const input = { studentId: graduate.id, programId: program.id, schoolYear: '2024-2025', beginDate: '2024-08-26' };
    expect((await run(ENROLL, { input })).errors).toBeUndefined();
    await expectRefused(ENROLL, { input: { ...input, schoolYear: '2025-2026', beginDate: '2025-08-25' } }, 'BAD_USER_INPUT', 'input.schoolYear', 'STUDENT_GRADUATED');
  });

  it("records a withdrawn student's past years, and no enrollment from this school year on", async () => {
    const school = await make.school();
    const program = await make.program([school]);
    const withdrawn = await make.student(school, { enrollmentStatus: 'WITHDRAWN' });
    const thisYear = schoolYearOf(today());
    const past = { studentId: withdrawn.id, programId: program.id, schoolYear: `${thisYear.startYear - 1}-${thisYear.startYear}`, beginDate: `${thisYear.startYear - 1}-09-01` };
    expect((await run(ENROLL, { input: past })).errors).toBeUndefined();
    const current = { ...past, schoolYear: thisYear.id, beginDate: thisYear.firstDay };
    await expectRefused(ENROLL, { input: current }, 'BAD_USER_INPUT', 'input.studentId', 'STUDENT_WITHDRAWN');
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM students.program_enrollments WHERE student_id = $1', [withdrawn.id])).toEqual([{ n: 1 }]);
  });

  it('exits an enrollment once, never before it began', async () => {
    const { program, student } = await setup();
    const enrollment = await make.enrollment(student, program);
    await expectRefused(EXIT, { input: { enrollmentId: enrollment.id, endDate: '2025-08-01' } }, 'BAD_USER_INPUT', 'input.endDate', 'END_BEFORE_BEGIN');
    await expectRefused(EXIT, { input: { enrollmentId: enrollment.id, endDate: '2026-07-15' } }, 'BAD_USER_INPUT', 'input.endDate', 'END_AFTER_SCHOOL_YEAR');
    const result = await run(EXIT, { input: { enrollmentId: enrollment.id, endDate: '2026-01-15', exitReason: 'Transferred' } });
    expect(result.data).toEqual({ exitProgramEnrollment: { enrollment: { id: enrollment.id, endDate: '2026-01-15', exitReason: 'Transferred' } } });
    await expectRefused(EXIT, { input: { enrollmentId: enrollment.id, endDate: '2026-02-01' } }, 'CONFLICT', 'input.enrollmentId', 'ENROLLMENT_ALREADY_ENDED');
    await expectRefused(EXIT, { input: { enrollmentId: '00000000-0000-4000-8000-000000000000', endDate: '2026-02-01' } }, 'NOT_FOUND', 'input.enrollmentId');
  });

  it('derives participant after one course and concentrator after two in the same program, across years', async () => {
    const { program, student } = await setup();
    const earlier = await make.enrollment(student, program, { schoolYear: '2024-2025', beginDate: '2024-08-26', endDate: '2025-06-12' });
    const current = await make.enrollment(student, program);
    await make.completion(earlier, { courseCode: 'WELD-101', completedOn: '2025-06-05' });

    const first = await run(COMPLETE, {
      input: { enrollmentId: current.id, courseCode: 'weld-201', courseTitle: 'Welding II', completedOn: '2025-12-18', earnedCredits: 0.5 },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      recordCourseCompletion: { courseCompletion: { courseCode: 'WELD-201', earnedCredits: 0.5 }, enrollment: { participant: true, concentrator: true } },
    });

    const profile = await run(`query($id: ID!) { student(id: $id) { enrollments { schoolYear participant concentrator } } }`, { id: student.id });
    // The earlier year counts only its own past: one course, so a participant but not yet a concentrator.
    expect(profile.data).toEqual({
      student: {
        enrollments: [
          { schoolYear: '2025-2026', participant: true, concentrator: true },
          { schoolYear: '2024-2025', participant: true, concentrator: false },
        ],
      },
    });
  });

  it('refuses a duplicate course, a date outside the enrollment, and bad credits', async () => {
    const { program, student } = await setup();
    const enrollment = await make.enrollment(student, program);
    const input = { enrollmentId: enrollment.id, courseCode: 'AUTO-101', courseTitle: 'Automotive I', completedOn: '2025-12-18', earnedCredits: 1 };
    expect((await run(COMPLETE, { input })).errors).toBeUndefined();
    await expectRefused(COMPLETE, { input }, 'BAD_USER_INPUT', 'input.courseCode', 'DUPLICATE_COURSE_COMPLETION');
    await expectRefused(COMPLETE, { input: { ...input, courseCode: 'AUTO-201', completedOn: '2025-07-02' } }, 'BAD_USER_INPUT', 'input.completedOn', 'COMPLETION_OUTSIDE_ENROLLMENT');
    await expectRefused(COMPLETE, { input: { ...input, courseCode: 'AUTO-201', earnedCredits: 0 } }, 'BAD_USER_INPUT', 'input.earnedCredits');
    await expectRefused(COMPLETE, { input: { ...input, courseCode: 'bad code!' } }, 'BAD_USER_INPUT', 'input.courseCode');
  });
});

describe('students query', () => {
  const PAGE = `query($filter: StudentFilter, $first: Int, $after: String) {
    students(filter: $filter, first: $first, after: $after) { totalCount edges { node { legalLastName } } pageInfo { hasNextPage endCursor } }
  }`;

  it('pages through a filtered roster in name order without overlap', async () => {
    const school = await make.school();
    for (const last of ['Zamora', 'Adams', 'Moore', 'Baker', 'Lopez']) await make.student(school, { legalLastName: last });
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await run(PAGE, { filter: { schoolId: school.id }, first: 2, after });
      const page = (result.data as any).students;
      expect(page.totalCount).toBe(5);
      names.push(...page.edges.map((e: any) => e.node.legalLastName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual(['Adams', 'Baker', 'Lopez', 'Moore', 'Zamora']);
  });

  it('searches name prefixes and district ids, filters by program and grade', async () => {
    const school = await make.school();
    const program = await make.program([school]);
    const ana = await make.student(school, { legalFirstName: 'Ana', legalLastName: 'Quintero', districtStudentId: 'Q-77', gradeLevel: 12 });
    await make.student(school, { legalFirstName: 'Bo', legalLastName: 'Quinn', gradeLevel: 9 });
    await make.enrollment(ana, program);
    const names = async (filter: object) =>
      ((await run(PAGE, { filter: { schoolId: school.id, ...filter } })).data as any).students.edges.map((e: any) => e.node.legalLastName);
    expect(await names({ search: 'quin' })).toEqual(['Quinn', 'Quintero']);
    expect(await names({ search: 'ana QUIN' })).toEqual(['Quintero']);
    expect(await names({ search: 'Q-77' })).toEqual(['Quintero']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ programId: program.id })).toEqual(['Quintero']);
    expect(await names({ gradeLevel: 9 })).toEqual(['Quinn']);
  });

  it('lists enrolled students unless graduates are asked for, on the roster and the school alike', async () => {
    const school = await make.school();
    await make.student(school, { legalLastName: 'Enrolled' });
    const graduate = await make.student(school, { legalLastName: 'Graduated', gradeLevel: 12, cohort: 2025, enrollmentStatus: 'GRADUATED' });
    const names = async (filter: object) =>
      ((await run(PAGE, { filter: { schoolId: school.id, ...filter } })).data as any).students.edges.map((e: any) => e.node.legalLastName);
    expect(await names({})).toEqual(['Enrolled']);
    expect(await names({ enrollmentStatus: 'ENROLLED' })).toEqual(['Enrolled']);
    expect(await names({ enrollmentStatus: 'GRADUATED' })).toEqual(['Graduated']);
    const roster = await run(`query($id: ID!) { school(id: $id) { students { totalCount edges { node { legalLastName } } } } }`, { id: school.id });
    expect((roster.data as any).school.students).toEqual({ totalCount: 1, edges: [{ node: { legalLastName: 'Enrolled' } }] });
    // The record itself stays readable by id, with its status.
    const one = await run(`query($id: ID!) { student(id: $id) { enrollmentStatus gradeLevel cohort } }`, { id: graduate.id });
    expect((one.data as any).student).toEqual({ enrollmentStatus: 'GRADUATED', gradeLevel: 12, cohort: 2025 });
  });

  it('refuses a malformed cursor, an oversized page and a bad filter with the argument named', async () => {
    const codes = async (variables: Record<string, unknown>) => (await run(PAGE, variables)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await codes({ after: 'garbage' })).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(await codes({ first: 1000 })).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(await codes({ filter: { gradeLevel: 3 } })).toEqual([['BAD_USER_INPUT', 'filter.gradeLevel']]);
    expect(await codes({ filter: { schoolId: '1' } })).toEqual([['BAD_USER_INPUT', 'filter.schoolId']]);
  });
});

describe('schools and programs', () => {
  it('lists programs by department and the schools offering them, and schools by grade', async () => {
    const high = await make.school({ name: 'Aardvark Test High' });
    await make.school({ name: 'Aardvark Test Middle', kind: 'MIDDLE', gradeLow: 6, gradeHigh: 8 });
    const program = await make.program([high], { department: 'TRADES', name: 'Aardvark Welding' });
    const result = await run(`{
      programs(filter: { department: TRADES }) { name schools { name } }
      schools(filter: { search: "aardvark", gradeLevel: 7 }) { edges { node { name gradesServed programs { id } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.programs).toContainEqual({ name: program.name, schools: [{ name: 'Aardvark Test High' }] });
    expect(data.schools.edges).toEqual([{ node: { name: 'Aardvark Test Middle', gradesServed: [6, 7, 8], programs: [] } }]);
  });
});

describe('N+1 freedom', () => {
  it('sends the same number of SQL statements for a roster page of 1, 10 or 100 students with nested data', async () => {
    const school = await make.school();
    const program = await make.program([school]);
    // Named in roster order, so every page starts with a student holding an enrollment and a completion.
    for (let i = 0; i < 100; i++) {
      const student = await make.student(school, { legalLastName: `Roster${String(i).padStart(3, '0')}` });
      if (i % 2 === 0) await make.completion(await make.enrollment(student, program));
    }
    const ROSTER = `query($schoolId: ID!, $first: Int) {
      students(filter: { schoolId: $schoolId }, first: $first) {
        totalCount
        edges { node { preferredName school { name programs { name } }
          enrollments { participant concentrator program { name schools { name } } courseCompletions { courseCode } } } }
      }
    }`;
    const statementsFor = async (first: number) => {
      const { result, statements } = await countStatements(() => run(ROSTER, { schoolId: school.id, first }));
      expect(result.errors).toBeUndefined();
      expect((result.data as any).students.edges).toHaveLength(first);
      return statements;
    };
    const counts = [await statementsFor(1), await statementsFor(10), await statementsFor(100)];
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    // page + count + school + offerings + programs + enrollments + completions + course tally + program schools
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it("pages each school's students with cursors, all schools in one statement per page", async () => {
    const [big, small] = [await make.school(), await make.school()];
    for (let i = 0; i < 5; i++) await make.student(big);
    await make.student(small);
    const PAGE = `query($big: ID!, $small: ID!, $after: String) {
      big: school(id: $big) { students(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
      small: school(id: $small) { students(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`;
    const top = await run(`query($id: ID!) { students(filter: { schoolId: $id }, first: 10) { edges { node { id } } } }`, { id: big.id });
    const all = (top.data as any).students.edges.map((e: any) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const { result, statements } = await countStatements(() => run(PAGE, { big: big.id, small: small.id, after }));
      expect(result.errors).toBeUndefined();
      const { big: b, small: s } = result.data as any;
      // Both schools by id (one batch), one page per distinct page arguments, one count for both.
      expect(statements).toBe(after === null ? 3 : 4);
      expect([b.students.totalCount, s.students.totalCount]).toEqual([5, 1]);
      expect(s.students.pageInfo.hasNextPage).toBe(false);
      seen.push(...b.students.edges.map((e: any) => e.node.id));
      ({ hasNextPage, endCursor: after } = b.students.pageInfo);
    }
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(5);
  });
});

describe('errors in production', () => {
  it('masks an unexpected failure: no SQL text or stack leaves the server, only a request id to find it in the logs', async () => {
    const broken = await openTestDataSource(studentsSubgraph.schema);
    const logged: unknown[] = [];
    const logger = createLogger('test', 'silent');
    logger.error = ((entry: unknown) => logged.push(entry)) as typeof logger.error;
    const production = studentsSubgraph.build({ dataSource: broken.dataSource, logger, production: true, subgraphUrls: {}, signingSecrets: [PRODUCTION_SECRET] });
    await broken.dataSource.query('DROP TABLE students.students CASCADE');

    const result = await production.execute({ query: '{ students(first: 1) { edges { node { id } } } }' }, { caller: DISTRICT_ADMIN, headers: { 'x-request-id': 'req-abcdef123' } });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-abcdef123' } }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/students\.students|relation|SELECT|at /);
    expect(logged).toHaveLength(1);

    const refused = await production.execute({ query: '{ students(first: 1000) { totalCount } }' }, { caller: DISTRICT_ADMIN });
    expect(refused.errors![0]).toEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
    expect(refused.errors![0].extensions).not.toHaveProperty('stacktrace');
    await production.stop();
    await broken.close();
  });
});

describe('SQL statement counts over HTTP', () => {
  let devUrl: string;
  let prodUrl: string;
  const query = '{ students(first: 3) { totalCount edges { node { school { name } } } } }';
  const post = async (url: string, headers: Record<string, string>) => {
    const secrets = url === prodUrl ? [PRODUCTION_SECRET] : undefined;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(await signedHeaders(query, DISTRICT_ADMIN, secrets)) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { errors?: unknown; extensions?: Record<string, unknown> };
  };

  it('reports the statements of each request in extensions only when asked, and never in production', async () => {
    const school = await make.school();
    for (let i = 0; i < 3; i++) await make.student(school);
    const logger = createLogger('test', 'silent');
    const development = studentsSubgraph.build({ dataSource, logger, production: false, subgraphUrls: {} });
    const production = studentsSubgraph.build({ dataSource, logger, production: true, subgraphUrls: {}, signingSecrets: [PRODUCTION_SECRET] });
    [devUrl, prodUrl] = [await development.listen('127.0.0.1', 0), await production.listen('127.0.0.1', 0)];
    try {
      // page, count, schools: each request has its own tally, even when two run at once.
      const [first, second] = await Promise.all([post(devUrl, { [SQL_COUNT_HEADER]: '1' }), post(devUrl, { [SQL_COUNT_HEADER]: '1' })]);
      expect(first).toMatchObject({ extensions: { sqlStatements: 3 } });
      expect(second).toMatchObject({ extensions: { sqlStatements: 3 } });
      const unasked = await post(devUrl, {});
      expect(unasked.errors).toBeUndefined();
      expect(unasked.extensions?.sqlStatements).toBeUndefined();
      const inProduction = await post(prodUrl, { [SQL_COUNT_HEADER]: '1' });
      expect(inProduction.errors).toBeUndefined();
      expect(inProduction.extensions?.sqlStatements).toBeUndefined();
    } finally {
      await development.stop();
      await production.stop();
    }
  });
});
