import { SUBGRAPHS } from '@careergraph/kit';
import {
  CreateStudentDocument,
  EnrollStudentInProgramDocument,
  ProgramCatalogDocument,
  RecordCourseCompletionDocument,
  StudentProfileDocument,
  StudentRosterDocument,
} from '@careergraph/client';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

// Jest ignores a project's testTimeout for hooks; every subgraph gets its own database, so starting takes a while.
beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
}, 300_000);

afterAll(async () => {
  await supergraph?.stop();
}, 60_000);

describe('through the gateway, on the demo data', () => {
  it('answers the README example query', async () => {
    const result = await supergraph.request('{ students(first: 5) { edges { node { id preferredName school { name } } } } }');
    expect(result.errors).toBeUndefined();
    const edges = (result.data as any).students.edges;
    expect(edges).toHaveLength(5);
    for (const { node } of edges) {
      expect(node.preferredName).toEqual(expect.any(String));
      expect(node.school.name).toMatch(/School|Academy/);
    }
  });

  it('pages the whole roster of a school with opaque cursors, every student once', async () => {
    const first = await supergraph.request(StudentRosterDocument, { first: 1 });
    const schoolId = first.data!.students!.edges[0].node.school!.id;
    const seen = new Set<string>();
    let after: string | null | undefined = null;
    type Page = Awaited<ReturnType<typeof supergraph.request<any, any>>>;
    let total = 0;
    do {
      const page: Page = await supergraph.request(StudentRosterDocument, { filter: { schoolId }, first: 100, after });
      expect(page.errors).toBeUndefined();
      total = page.data!.students.totalCount;
      for (const edge of page.data!.students.edges) {
        expect(edge.cursor).not.toContain(edge.node.id);
        seen.add(edge.node.id);
      }
      after = page.data!.students.pageInfo.hasNextPage ? page.data!.students.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(20);
    expect(seen.size).toBe(total);
  });

  it('returns a student profile with enrollments, Perkins status and course completions', async () => {
    const rows: { student_id: string }[] = await supergraph.dataSources.students.query(
      `SELECT e.student_id FROM students.program_enrollments e JOIN students.course_completions c ON c.enrollment_id = e.id
        GROUP BY e.student_id HAVING count(*) >= 2 ORDER BY e.student_id LIMIT 1`,
    );
    const result = await supergraph.request(StudentProfileDocument, { id: rows[0].student_id });
    expect(result.errors).toBeUndefined();
    const student = result.data!.student!;
    expect(student.school!.name).toBeTruthy();
    expect(student.enrollments!.length).toBeGreaterThan(0);
    const latest = student.enrollments![0];
    expect(latest.program.name).toBeTruthy();
    const courses = student.enrollments!.flatMap((e) => e.courseCompletions.map((c) => c.courseCode));
    expect(latest.concentrator).toBe(new Set(courses).size >= 2);
  });

  it('lists the program catalog with the schools offering each', async () => {
    const result = await supergraph.request(ProgramCatalogDocument, { filter: { department: 'TRADES' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.programs!.length).toBeGreaterThan(3);
    for (const program of result.data!.programs!) {
      expect(program.department).toBe('TRADES');
      expect(program.schools.length).toBeGreaterThan(0);
    }
  });
});

describe('mutations through the gateway', () => {
  it('creates a student, enrolls them and records a course, and refuses bad input with its code and field', async () => {
    const programs = await supergraph.request(ProgramCatalogDocument, {});
    const program = programs.data!.programs!.find((p) => p.schools.length > 0)!;
    const school = program.schools[0];

    const created = await supergraph.request(CreateStudentDocument, {
      input: {
        districtStudentId: 'E2E-1',
        legalFirstName: 'Imani',
        legalLastName: 'Okafor',
        dateOfBirth: '2010-02-14',
        gradeLevel: 10,
        cohort: 2029,
        schoolId: school.id,
        raceEthnicity: 'BLACK_OR_AFRICAN_AMERICAN',
      },
    });
    expect(created.errors).toBeUndefined();
    const student = created.data!.createStudent.student;
    expect(student.school!.name).toBe(school.name);

    const enrolled = await supergraph.request(EnrollStudentInProgramDocument, {
      input: { studentId: student.id, programId: program.id, schoolYear: '2025-2026', beginDate: '2025-08-25' },
    });
    expect(enrolled.errors).toBeUndefined();
    const enrollment = enrolled.data!.enrollStudentInProgram.enrollment;

    const recorded = await supergraph.request(RecordCourseCompletionDocument, {
      input: { enrollmentId: enrollment.id, courseCode: 'X-101', courseTitle: 'Intro', completedOn: '2025-12-18', earnedCredits: 1 },
    });
    expect(recorded.data!.recordCourseCompletion.enrollment).toMatchObject({ participant: true, concentrator: false });

    const duplicate = await supergraph.request(EnrollStudentInProgramDocument, {
      input: { studentId: student.id, programId: program.id, schoolYear: '2025-2026', beginDate: '2025-08-25' },
    });
    expect(duplicate.data).toBeNull();
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.programId', rule: 'DUPLICATE_ENROLLMENT' });

    const badGrade = await supergraph.request(CreateStudentDocument, {
      input: {
        districtStudentId: 'E2E-2',
        legalFirstName: 'A',
        legalLastName: 'B',
        dateOfBirth: '2010-02-14',
        gradeLevel: 5,
        cohort: 2029,
        schoolId: school.id,
        raceEthnicity: 'ASIAN',
      },
    });
    expect(badGrade.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gradeLevel' });
    const count = await supergraph.dataSources.students.query(`SELECT count(*)::int AS n FROM students.students WHERE district_student_id = 'E2E-2'`);
    expect(count[0].n).toBe(0);
  });

  it('refuses a malformed document, id or argument with a precise code', async () => {
    const parse = await supergraph.request('{ students(first: 5) { edges { node { id } }');
    expect(parse.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const variable = await supergraph.request(StudentProfileDocument, { id: 42 as unknown as string });
    expect(variable.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(variable.data).toEqual({ student: null });
    const badVariable = await supergraph.request('query { students(filter: { gradeLevel: "ten" }) { totalCount } }');
    expect(badVariable.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('federation entity resolution (_entities) for each @key', () => {
  const ENTITIES = `query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Student { id preferredName school { id } }
      ... on School { id name }
      ... on Program { id name }
    }
  }`;

  it('resolves Student, School and Program references in one batch, null for unknown or malformed ids', async () => {
    const roster = await supergraph.request(StudentRosterDocument, { first: 1 });
    const student = roster.data!.students!.edges[0].node;
    const program = (await supergraph.request(ProgramCatalogDocument, {})).data!.programs![0];
    const result = await supergraph.subgraphRequest<any>('students', ENTITIES, {
      representations: [
        { __typename: 'Student', id: student.id },
        { __typename: 'School', id: student.school!.id },
        { __typename: 'Program', id: program.id },
        { __typename: 'Student', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'School', id: 'not-a-uuid' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { __typename: 'Student', id: student.id, preferredName: student.preferredName, school: { id: student.school!.id } },
      { __typename: 'School', id: student.school!.id, name: student.school!.name },
      { __typename: 'Program', id: program.id, name: program.name },
      null,
      null,
    ]);
  });

  it('publishes its SDL through _service for composition', async () => {
    const result = await supergraph.subgraphRequest<any>('students', '{ _service { sdl } }');
    expect(result.data._service.sdl).toContain('type Student');
    expect(result.data._service.sdl).toContain('@key(fields: "id")');
  });
});

describe('health and readiness', () => {
  it('reports the gateway alive and ready when every subgraph is', async () => {
    const base = new URL(supergraph.gatewayUrl);
    const health = await fetch(new URL('/health', base));
    const ready = await fetch(new URL('/ready', base));
    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, 'ready'])),
    });
  });
});
