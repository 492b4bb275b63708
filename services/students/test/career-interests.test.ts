import { type Caller, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import type { SchoolEntity, StudentEntity } from '../src/entities';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';

let db: TestDataSource;
let server: ReturnType<typeof studentsSubgraph.build>;
let school: SchoolEntity;
let student: StudentEntity;
let other: StudentEntity;
let self: Caller;
let staff: Caller;

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
  server = studentsSubgraph.build({ dataSource: db.dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: {} });
  const make = studentsFactories(db.dataSource);
  school = await make.school({ latitude: 41.8781, longitude: -87.6298 });
  student = await make.student(school);
  other = await make.student(await make.school());
  self = testCaller('STUDENT', { studentId: student.id });
  staff = testCaller('SCHOOL_STAFF', { schoolIds: [school.id] });
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller });

const UPDATE = `mutation ($input: UpdateCareerInterestsInput!) {
  updateCareerInterests(input: $input) { student { id careerInterests { clusters inventory { name takenOn clusters } } } }
}`;
const READ = `query ($id: ID!) { student(id: $id) { careerInterests { clusters inventory { name takenOn clusters } } school { location { latitude longitude } } } }`;

const stored = async (studentId: string) =>
  db.dataSource.query(`SELECT clusters, inventory_name, updated_by FROM students.career_interests WHERE student_id = $1`, [studentId]);

const inventory = { name: 'Career Clusters Interest Survey', takenOn: '2025-10-01', clusters: ['HEALTH_SCIENCE', 'HUMAN_SERVICES'] };

describe('updateCareerInterests', () => {
  it('lets the student rank clusters and record an inventory result, kept when omitted and cleared with null', async () => {
    const first = await as(self, UPDATE, { input: { studentId: student.id, clusters: ['HEALTH_SCIENCE', 'INFORMATION_TECHNOLOGY'], inventory } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateCareerInterests).toEqual({
      student: { id: student.id, careerInterests: { clusters: ['HEALTH_SCIENCE', 'INFORMATION_TECHNOLOGY'], inventory } },
    });
    const kept = await as(staff, UPDATE, { input: { studentId: student.id, clusters: ['INFORMATION_TECHNOLOGY'] } });
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.updateCareerInterests).toMatchObject({ student: { careerInterests: { clusters: ['INFORMATION_TECHNOLOGY'], inventory } } });
    expect((await stored(student.id))[0]).toMatchObject({ updated_by: staff.subject });
    const cleared = await as(self, UPDATE, { input: { studentId: student.id, clusters: ['INFORMATION_TECHNOLOGY'], inventory: null } });
    expect(cleared.data?.updateCareerInterests).toMatchObject({ student: { careerInterests: { inventory: null } } });
  });

  it.each([
    ['more than five clusters', { clusters: ['FINANCE', 'MARKETING', 'MANUFACTURING', 'HEALTH_SCIENCE', 'HUMAN_SERVICES', 'EDUCATION_AND_TRAINING'] }, 'input.clusters', 'TOO_MANY_CLUSTERS'],
    ['a repeated cluster', { clusters: ['FINANCE', 'FINANCE'] }, 'input.clusters', 'DUPLICATE_CLUSTER'],
    ['a repeated inventory cluster', { clusters: [], inventory: { ...inventory, clusters: ['FINANCE', 'FINANCE'] } }, 'input.inventory.clusters', 'DUPLICATE_CLUSTER'],
    ['an empty inventory', { clusters: [], inventory: { ...inventory, clusters: [] } }, 'input.inventory.clusters', 'NO_CLUSTERS'],
    ['an inventory taken in the future', { clusters: [], inventory: { ...inventory, takenOn: '2999-01-01' } }, 'input.inventory.takenOn', 'TAKEN_IN_FUTURE'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_case, input, field, rule) => {
    const before = await stored(student.id);
    const result = await as(self, UPDATE, { input: { studentId: student.id, ...input } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    expect(await stored(student.id)).toEqual(before);
  });

  it('refuses another student, staff of another school and roles without the right, writing nothing', async () => {
    const input = { studentId: other.id, clusters: ['FINANCE'] };
    for (const caller of [self, staff]) {
      const result = await as(caller, UPDATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OUTSIDE_SCOPE' });
    }
    for (const caller of [testCaller('PARTNER_USER', { partnerId: '00000000-0000-4000-8000-000000000001' }), testCaller('DEPARTMENT_STAFF', { department: 'CTE' })]) {
      const result = await as(caller, UPDATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
    }
    expect(await stored(other.id)).toEqual([]);
  });
});

describe('Student.careerInterests', () => {
  it('is read by the student, their school and district administrators; null when none are recorded', async () => {
    for (const caller of [self, staff, DISTRICT_ADMIN]) {
      const result = await as(caller, READ, { id: student.id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.student).toMatchObject({ careerInterests: { clusters: ['INFORMATION_TECHNOLOGY'] }, school: { location: { latitude: 41.8781, longitude: -87.6298 } } });
    }
    const none = await as(DISTRICT_ADMIN, READ, { id: other.id });
    expect(none.data?.student).toEqual({ careerInterests: null, school: { location: null } });
  });
});
