import { randomUUID } from 'node:crypto';
import { type Caller, countStatements, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import type { DataSource } from 'typeorm';
import type { SchoolEntity, StudentEntity } from '../src/entities';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';
import { PlacementsTestPeer } from './support/placements-test-peer';

let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof studentsSubgraph.build>;
let peer: PlacementsTestPeer;
let make: ReturnType<typeof studentsFactories>;

let school: SchoolEntity;
/** 55 students placed with the partner (5 for single reads, 50 for the cost test); the first one's agreement does not share the phone. */
let placed: StudentEntity[];
const placementOf = new Map<string, string>();
let notPlaced: StudentEntity;
const partnerId = randomUUID();
const partner = testCaller('PARTNER_USER', { partnerId }, 'partner-user-1');
let staff: Caller;

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
  dataSource = db.dataSource;
  peer = new PlacementsTestPeer();
  const placementsUrl = await peer.start();
  server = studentsSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: { placements: placementsUrl } });
  make = studentsFactories(dataSource);
  school = await make.school();
  placed = [];
  for (let i = 0; i < 55; i++) {
    const student = await make.student(school, { email: `s${i}@students.example.org`, phone: `312-555-${String(1000 + i)}` });
    placementOf.set(student.id, peer.place(student.id, partnerId, { sharesPhone: i !== 0 }).placementId);
    placed.push(student);
  }
  notPlaced = await make.student(school);
  staff = testCaller('SCHOOL_STAFF', { schoolIds: [school.id] });
});

afterAll(async () => {
  await server.stop();
  await peer.stop();
  await db.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>, operationName?: string) =>
  server.execute({ query, variables, operationName }, { caller });

interface DisclosureRow {
  student_id: string;
  recipient_subject: string;
  recipient_role: string;
  partner_id: string | null;
  operation_name: string | null;
  fields: string[];
  placement_id: string | null;
  allowed: boolean;
  refusal_rules: string[];
}

const disclosuresOf = (studentId: string): Promise<DisclosureRow[]> =>
  dataSource.query(
    `SELECT student_id, recipient_subject, recipient_role, partner_id, operation_name, fields, placement_id, allowed, refusal_rules
       FROM students.disclosures WHERE student_id = $1 ORDER BY disclosed_at, allowed DESC`,
    [studentId],
  );
const disclosureCount = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM students.disclosures`))[0].n as number;

describe('a partner reading a placed student', () => {
  const READ = `query PartnerStudentCard($id: ID!) { student(id: $id) { id preferredName gradeLevel school { name } email phone dateOfBirth } }`;

  it('gets the allowed fields, the rest null + FORBIDDEN, and both are recorded with the placement as legitimate interest', async () => {
    const [student] = placed;
    const result = await as(partner, READ, { id: student.id }, 'PartnerStudentCard');
    expect(result.data).toEqual({
      student: { id: student.id, preferredName: student.legalFirstName, gradeLevel: 11, school: { name: school.name }, email: student.email, phone: null, dateOfBirth: null },
    });
    expect(result.errors!.map((e) => [e.path!.join('.'), e.extensions!.rule]).sort()).toEqual([
      ['student.dateOfBirth', 'ROLE_POLICY'],
      ['student.phone', 'AGREEMENT_SCOPE'],
    ]);
    const common = {
      student_id: student.id,
      recipient_subject: 'partner-user-1',
      recipient_role: 'PARTNER_USER',
      partner_id: partnerId,
      operation_name: 'PartnerStudentCard',
      placement_id: placementOf.get(student.id),
    };
    expect(await disclosuresOf(student.id)).toEqual([
      { ...common, fields: ['email', 'gradeLevel', 'id', 'preferredName', 'school'], allowed: true, refusal_rules: [] },
      { ...common, fields: ['dateOfBirth', 'phone'], allowed: false, refusal_rules: ['AGREEMENT_SCOPE', 'ROLE_POLICY'] },
    ]);
  });

  it('honors the family\'s directory opt-outs: opted-out fields are null + FORBIDDEN (DIRECTORY_OPT_OUT) and recorded as refused', async () => {
    const student = placed[1];
    const optOut = await as(
      DISTRICT_ADMIN,
      `mutation($input: UpdateDirectoryOptOutsInput!) { updateDirectoryOptOuts(input: $input) { student { directoryOptOuts } } }`,
      { input: { studentId: student.id, optOuts: ['NAME', 'CONTACT'] } },
    );
    expect(optOut.errors).toBeUndefined();
    const result = await as(partner, READ.replace(' dateOfBirth', ''), { id: student.id });
    expect(result.data).toEqual({
      student: { id: student.id, preferredName: null, gradeLevel: 11, school: { name: school.name }, email: null, phone: null },
    });
    expect(result.errors!.map((e) => [e.path!.join('.'), e.extensions!.rule]).sort()).toEqual([
      ['student.email', 'DIRECTORY_OPT_OUT'],
      ['student.phone', 'DIRECTORY_OPT_OUT'],
      ['student.preferredName', 'DIRECTORY_OPT_OUT'],
    ]);
    const rows = await disclosuresOf(student.id);
    expect(rows.map((row) => [row.allowed, row.fields, row.refusal_rules])).toEqual([
      [true, ['gradeLevel', 'id', 'school'], []],
      [false, ['email', 'phone', 'preferredName'], ['DIRECTORY_OPT_OUT']],
    ]);
    // Staff still see what the family keeps out of partners' view.
    const asStaff = await as(staff, `query($id: ID!) { student(id: $id) { preferredName email } }`, { id: student.id });
    expect(asStaff).toEqual({ data: { student: { preferredName: student.legalFirstName, email: student.email } } });
  });
});

describe('refused attempts are recorded too', () => {
  it('records a partner\'s lookup of a student not placed with it, by student(id) and by _entities', async () => {
    const byId = await as(partner, `query Peek($id: ID!) { student(id: $id) { preferredName gradeLevel } }`, { id: notPlaced.id }, 'Peek');
    expect(byId.data).toEqual({ student: null });
    expect(byId.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
    const byEntities = await as(
      partner,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id email } } }`,
      { r: [{ __typename: 'Student', id: notPlaced.id }] },
    );
    expect(byEntities.data).toEqual({ _entities: [null] });
    expect(byEntities.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
    expect((await disclosuresOf(notPlaced.id)).map((row) => [row.operation_name, row.fields, row.allowed, row.refusal_rules, row.placement_id])).toEqual([
      ['Peek', ['gradeLevel', 'preferredName'], false, ['OUTSIDE_SCOPE'], null],
      [null, ['email', 'id'], false, ['OUTSIDE_SCOPE'], null],
    ]);
  });

  it('records nothing for school officials and the student themself', async () => {
    const before = await disclosureCount();
    const QUERY = `query($id: ID!) { student(id: $id) { preferredName email dateOfBirth } }`;
    expect((await as(DISTRICT_ADMIN, QUERY, { id: placed[2].id })).errors).toBeUndefined();
    expect((await as(staff, QUERY, { id: placed[2].id })).errors).toBeUndefined();
    await as(testCaller('STUDENT', { studentId: placed[2].id }), QUERY, { id: placed[2].id });
    expect(await disclosureCount()).toBe(before);
  });
});

describe('Student.disclosures', () => {
  const RECORD = `query($id: ID!) { student(id: $id) { disclosures(first: 1) { totalCount edges { node {
    recipientSubject recipientRole partnerId fields operationName placementId allowed refusalRules disclosedAt
  } } pageInfo { hasNextPage endCursor } } } }`;

  it('is readable, page by page, by administrators, the student\'s school staff and the student', async () => {
    const [student] = placed;
    for (const caller of [DISTRICT_ADMIN, staff, testCaller('STUDENT', { studentId: student.id })]) {
      const first = await as(caller, RECORD, { id: student.id });
      expect(first.errors).toBeUndefined();
      const page = (first.data as any).student.disclosures;
      expect(page.totalCount).toBe(2);
      expect(page.edges[0].node).toMatchObject({ recipientRole: 'PARTNER_USER', partnerId, placementId: placementOf.get(student.id), operationName: 'PartnerStudentCard' });
      const next = await as(caller, RECORD.replace('first: 1', 'first: 1, after: $after').replace('($id: ID!)', '($id: ID!, $after: String)'), {
        id: student.id,
        after: page.pageInfo.endCursor,
      });
      const second = (next.data as any).student.disclosures;
      expect(second.edges).toHaveLength(1);
      expect(second.edges[0].node.allowed).toBe(!page.edges[0].node.allowed);
      expect(second.pageInfo.hasNextPage).toBe(false);
    }
  });

  it('is refused to the partner, department staff and other schools\' staff', async () => {
    const [student] = placed;
    await make.enrollment(student, await make.program([school], { department: 'CTE' }));
    const QUERY = `query($id: ID!) { student(id: $id) { id disclosures { totalCount } } }`;
    for (const caller of [partner, testCaller('DEPARTMENT_STAFF', { department: 'CTE' })]) {
      const result = await as(caller, QUERY, { id: student.id });
      expect(result.data).toEqual({ student: { id: student.id, disclosures: null } });
      expect(result.errors!.map((e) => [e.path!.join('.'), e.extensions!.rule])).toEqual([['student.disclosures', 'ROLE_POLICY']]);
    }
    const otherStaff = await as(testCaller('SCHOOL_STAFF', { schoolIds: [randomUUID()] }), QUERY, { id: student.id });
    expect(otherStaff.data).toEqual({ student: null });
    expect(otherStaff.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
  });

  it('is append-only in the database', async () => {
    await expect(dataSource.query(`UPDATE students.disclosures SET allowed = true`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM students.disclosures`)).rejects.toThrow(/append-only/);
  });
});

describe('cost of recording: a partner reading 1, 10 or 50 placed students', () => {
  const ENTITIES = `query PlacementRoster($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id preferredName gradeLevel school { name } email } } }`;

  it('sends the same SQL statements (one of them the disclosure INSERT) and ONE partnerAccess call per request', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const students = placed.slice(5, 5 + size);
      const callsBefore = peer.callers.length;
      const rowsBefore = await disclosureCount();
      const { result, statements } = await countStatements(() =>
        as(partner, ENTITIES, { r: students.map((s) => ({ __typename: 'Student', id: s.id })) }),
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any)._entities).toHaveLength(size);
      expect(peer.callers.length - callsBefore).toBe(1);
      expect((await disclosureCount()) - rowsBefore).toBe(size);
      counts.push(statements);
    }
    expect(new Set(counts).size).toBe(1);
  });
});

describe('when recording or the legitimate-interest check fails, no student information leaves', () => {
  it('withholds the whole answer when the disclosure INSERT fails', async () => {
    await dataSource.query(`CREATE FUNCTION students.test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await dataSource.query(`CREATE TRIGGER test_refuse_insert BEFORE INSERT ON students.disclosures FOR EACH ROW EXECUTE FUNCTION students.test_refuse_insert()`);
    try {
      const result = await as(partner, `query($id: ID!) { student(id: $id) { preferredName email } }`, { id: placed[3].id });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(result)).not.toContain(placed[3].email!);
    } finally {
      await dataSource.query(`DROP TRIGGER test_refuse_insert ON students.disclosures`);
      await dataSource.query(`DROP FUNCTION students.test_refuse_insert()`);
    }
  });

  it('refuses a partner when placements cannot be asked, and records the refusal', async () => {
    const unreachable = studentsSubgraph.build({ dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} });
    try {
      const student = placed[4];
      const result = await unreachable.execute({ query: `query($id: ID!) { student(id: $id) { preferredName } }`, variables: { id: student.id } }, { caller: partner });
      expect(result.data).toEqual({ student: null });
      expect(result.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect((await disclosuresOf(student.id)).map((row) => [row.fields, row.allowed, row.refusal_rules])).toEqual([
        [['preferredName'], false, ['SERVICE_UNAVAILABLE']],
      ]);
    } finally {
      await unreachable.stop();
    }
  });
});
