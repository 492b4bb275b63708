import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { type Caller, countStatements, createLogger, policyMatrix, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import { studentsSubgraph } from '@careergraph/students';
import { decodeJwt } from 'jose';
import type { DataSource } from 'typeorm';
import { studentsFactories } from '../../students/test/factories';
import type { CredentialAwardEntity, CredentialEntity } from '../src/entities';
import { credentialsPolicy } from '../src/policy';
import { credentialsSubgraph } from '../src/server';
import { testBadgeIssuer } from './badge-issuer';
import { credentialsFactories } from './factories';

const logger = createLogger('test', 'silent');
let studentsDb: TestDataSource;
let studentsServer: ReturnType<typeof studentsSubgraph.build>;
let db: TestDataSource;
let dataSource: DataSource;
let server: ReturnType<typeof credentialsSubgraph.build>;
let partnersStub: Server;
let make: ReturnType<typeof credentialsFactories>;

/** A stand-in partners subgraph naming every issuer (the Open Badges export asks it). */
function startPartnersStub(): Promise<string> {
  partnersStub = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: unknown[] } };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { _entities: variables.representations.map(() => ({ name: 'Issuer' })) } }));
    });
  });
  return new Promise((resolve) => partnersStub.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(partnersStub.address() as AddressInfo).port}/graphql`)));
}

// Student X attends school 1 and is in a TRADES welding program; student Y attends school 2, in no program.
let schoolOne: string;
let schoolTwo: string;
let studentX: string;
let studentY: string;
let welding: CredentialEntity;
let course: CredentialEntity;
let weldingX: CredentialAwardEntity;
let courseX: CredentialAwardEntity;
let weldingY: CredentialAwardEntity;

let staffOne: Caller;
let trades: Caller;
let roadmap: Caller;
let learnerX: Caller;
const partner = testCaller('PARTNER_USER', { partnerId: randomUUID() });
const analyst = testCaller('ANALYST');

beforeAll(async () => {
  studentsDb = await openTestDataSource(studentsSubgraph.schema);
  studentsServer = studentsSubgraph.build({ dataSource: studentsDb.dataSource, logger, production: false, subgraphUrls: {} });
  const studentsUrl = await studentsServer.listen('127.0.0.1', 0);
  const people = studentsFactories(studentsDb.dataSource);
  const one = await people.school();
  const two = await people.school();
  const x = await people.student(one);
  const y = await people.student(two);
  await people.enrollment(x, await people.program([one], { department: 'TRADES', careerCluster: 'MANUFACTURING' }));
  [schoolOne, schoolTwo, studentX, studentY] = [one.id, two.id, x.id, y.id];

  db = await openTestDataSource(credentialsSubgraph.schema);
  dataSource = db.dataSource;
  const config = {
    studentsUrl,
    partnersUrl: await startPartnersStub(),
    entityLookupTimeoutMs: 3000,
    tuitionPerCreditHour: 149,
    semesterCreditHours: 12,
    badgeIdentitySalt: 'test-salt',
    badgeIssuer: testBadgeIssuer(),
  };
  server = credentialsSubgraph.build({ dataSource, logger, production: false, subgraphUrls: {} }, config);
  make = credentialsFactories(dataSource);
  welding = await make.credential({ name: 'AWS Certified Welder', careerCluster: 'MANUFACTURING' });
  course = await make.course({ creditHours: 4 });
  weldingX = await make.award(welding, studentX, { schoolId: schoolOne, department: 'TRADES' });
  // Verified, so it has a badge to export.
  courseX = await make.award(course, studentX, { schoolId: schoolOne, department: 'ROADMAP', verificationStatus: 'VERIFIED', verifiedBy: 'test', verifiedAt: new Date() });
  weldingY = await make.award(welding, studentY, { schoolId: schoolTwo, department: null });

  staffOne = testCaller('SCHOOL_STAFF', { schoolIds: [schoolOne] });
  trades = testCaller('DEPARTMENT_STAFF', { department: 'TRADES' });
  roadmap = testCaller('DEPARTMENT_STAFF', { department: 'ROADMAP' });
  learnerX = testCaller('STUDENT', { studentId: studentX });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await studentsServer?.stop();
  await new Promise((resolve) => partnersStub?.close(resolve));
  await db?.close();
  await studentsDb?.close();
});

const as = (caller: Caller, query: string, variables?: Record<string, unknown>) => server.execute({ query, variables }, { caller });
const database = () => ({ dataSource, schema: 'credentials' });
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.rule]);
const callers = (): Record<string, Caller> => ({
  DISTRICT_ADMIN,
  DEPARTMENT_STAFF: trades,
  SCHOOL_STAFF: staffOne,
  PARTNER_USER: partner,
  ANALYST: analyst,
  STUDENT: learnerX,
});

/** One operation per root field, aimed at student X's records (in scope for every allowed role). */
const rootOperations: Record<string, () => { query: string; variables: Record<string, unknown> }> = {
  'Query.credential': () => ({ query: `query($id: ID!) { credential(id: $id) { id name } }`, variables: { id: welding.id } }),
  'Query.credentials': () => ({ query: `{ credentials { totalCount } }`, variables: {} }),
  'Query.credentialAward': () => ({ query: `query($id: ID!) { credentialAward(id: $id) { id } }`, variables: { id: weldingX.id } }),
  'Query.credentialAwards': () => ({ query: `{ credentialAwards { totalCount } }`, variables: {} }),
  'Query.schoolYear': () => ({ query: `{ schoolYear(id: "2025-2026") { id } }`, variables: {} }),
  'Query.reportingOutcomeSet': () => ({
    query: `query($ids: [ID!]!) { reportingOutcomeSet(schoolYear: "2025-2026", studentIds: $ids) { meetsSemesterGoal } }`,
    variables: { ids: [weldingX.studentId] },
  }),
  'Query.reportingEndorsementFacts': () => ({
    query: `query($ids: [ID!]!) { reportingEndorsementFacts(schoolYear: "2025-2026", studentIds: $ids) { studentId earlyCollegeCreditHours } }`,
    variables: { ids: [weldingX.studentId] },
  }),
  'Mutation.createCredential': () => ({
    query: `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`,
    variables: { input: { name: `OSHA 10 ${randomUUID()}`, type: 'INDUSTRY_CERTIFICATION', issuerId: randomUUID(), careerCluster: 'MANUFACTURING' } },
  }),
  'Mutation.updateCredential': () => ({
    query: `mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { credential { id } } }`,
    variables: { input: { id: welding.id, description: 'Structural steel, 3G' } },
  }),
  'Mutation.recordCredentialAward': () => ({
    query: `mutation($input: RecordCredentialAwardInput!) { recordCredentialAward(input: $input) { award { id } } }`,
    variables: { input: { studentId: studentX, credentialId: welding.id, earnedOn: today(), expiresOn: '2099-01-01' } },
  }),
  'Mutation.verifyCredentialAward': () => ({
    query: `mutation($input: VerifyCredentialAwardInput!) { verifyCredentialAward(input: $input) { award { id } } }`,
    variables: { input: { awardId: weldingX.id } },
  }),
  'Mutation.revokeCredentialAward': () => ({
    query: `mutation($input: RevokeCredentialAwardInput!) { revokeCredentialAward(input: $input) { award { id } } }`,
    variables: { input: { awardId: weldingX.id, reason: 'Recorded in error' } },
  }),
  'Mutation.recordCollegeReadiness': () => ({
    query: `mutation($input: RecordCollegeReadinessInput!) { recordCollegeReadiness(input: $input) { determination { eligible } } }`,
    variables: { input: { studentId: studentX, subject: 'MATH', eligible: true, basis: 'GPA', asOf: today() } },
  }),
};

describe('role gates on every root field, from the policy', () => {
  const cells = policyMatrix(credentialsPolicy).filter((cell) => cell.subject === 'root');

  it('has an operation for every root field the policy names', () => {
    expect(new Set(cells.map((cell) => cell.coordinate))).toEqual(new Set(Object.keys(rootOperations)));
  });

  it.each(cells.filter((cell) => cell.access === 'DENY').map((cell) => [cell.coordinate, cell.role] as const))(
    'refuses %s to %s with ROLE_POLICY, nothing written',
    async (coordinate, role) => {
      const { query, variables } = rootOperations[coordinate]();
      const error = await expectRefused(() => as(callers()[role], query, variables), database(), { code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
      expect(error.message).toContain(coordinate);
    },
  );

  it.each(cells.filter((cell) => cell.coordinate.startsWith('Query.') && cell.access !== 'DENY').map((cell) => [cell.coordinate, cell.role] as const))(
    'answers %s to %s within its scope',
    async (coordinate, role) => {
      const { query, variables } = rootOperations[coordinate]();
      const result = await as(callers()[role], query, variables);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data!)[0]).not.toBeNull();
    },
  );
});

describe('award lists and lookups are narrowed to the scope', () => {
  const LIST = `query($filter: CredentialAwardFilter) { credentialAwards(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
  const ids = (result: any) => result.data.credentialAwards.edges.map((edge: any) => edge.node.id).sort();

  it.each([
    ['school staff: awards recorded at their schools', () => staffOne, () => [weldingX.id, courseX.id]],
    ['TRADES staff: their department\'s awards', () => trades, () => [weldingX.id]],
    ['ROADMAP staff: early college courses', () => roadmap, () => [courseX.id]],
    ['a student: their own', () => learnerX, () => [courseX.id, weldingX.id]],
  ])('lists for %s, in SQL', async (_case, caller, expected) => {
    const result = (await as(caller(), LIST)) as any;
    expect(result.errors).toBeUndefined();
    expect(ids(result)).toEqual(expected().sort());
    expect(result.data.credentialAwards.totalCount).toBe(expected().length);
  });

  it('lets a filter never widen the scope', async () => {
    const result = (await as(learnerX, LIST, { filter: { studentId: studentY } })) as any;
    expect(result.data.credentialAwards).toEqual({ totalCount: 0, edges: [] });
    const other = (await as(staffOne, LIST, { filter: { schoolId: schoolTwo } })) as any;
    expect(other.data.credentialAwards.totalCount).toBe(0);
  });

  it.each([
    ['school staff', () => staffOne, () => weldingY.id],
    ['TRADES staff', () => trades, () => courseX.id],
    ['a student', () => learnerX, () => weldingY.id],
  ])('refuses %s an award outside their scope by id, with one FORBIDDEN', async (_case, caller, id) => {
    const result = await as(caller(), `query($id: ID!) { credentialAward(id: $id) { id verificationStatus } }`, { id: id() });
    expect(result.data).toEqual({ credentialAward: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });
});

describe('entities and nested paths', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
    ... on CredentialAward { id verificationStatus }
    ... on Student { id credentials { id } earlyCollegeCreditHours estimatedTuitionSavings } } }`;
  const award = (id: string) => ({ __typename: 'CredentialAward', id });
  const student = (id: string) => ({ __typename: 'Student', id });

  it('refuses school staff another school\'s award and student, asking the students subgraph where the student is now', async () => {
    const result = (await as(staffOne, ENTITIES, { r: [award(weldingY.id), student(studentY), student(studentX)] })) as any;
    expect(result.data._entities.slice(0, 2)).toEqual([null, null]);
    expect(result.data._entities[2].credentials.map((c: any) => c.id).sort()).toEqual([courseX.id, weldingX.id].sort());
    expect(result.data._entities[2]).toMatchObject({ earlyCollegeCreditHours: 4, estimatedTuitionSavings: 596 });
    expect(codes(result)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE'], ['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });

  it('gives department staff the students in their programs, with their department\'s awards only', async () => {
    const result = (await as(trades, ENTITIES, { r: [student(studentX), student(studentY)] })) as any;
    expect(result.data._entities[0].credentials).toEqual([{ id: weldingX.id }]);
    expect(result.data._entities[1]).toBeNull();
    expect(codes(result)).toEqual([['FORBIDDEN', 'OUTSIDE_SCOPE']]);
  });

  it('gives a student their own record, early college credit and Open Badges export, and nobody else\'s', async () => {
    const own = (await as(learnerX, `query($id: ID!) { credentialAward(id: $id) { openBadgeCredential student { id } } }`, { id: courseX.id })) as any;
    expect(own.errors).toBeUndefined();
    expect(decodeJwt(own.data.credentialAward.openBadgeCredential)).toMatchObject({ type: expect.arrayContaining(['OpenBadgeCredential']) });
    const result = (await as(learnerX, ENTITIES, { r: [student(studentX), student(studentY), award(weldingY.id)] })) as any;
    expect(result.data._entities[0]).toMatchObject({ id: studentX, earlyCollegeCreditHours: 4 });
    expect(result.data._entities.slice(1)).toEqual([null, null]);
  });

  it.each([
    ['a partner user', partner],
    ['an analyst', analyst],
  ])('gives %s no student credential data by _entities, but the catalog', async (_case, caller) => {
    const result = (await as(caller, ENTITIES, { r: [student(studentX), award(weldingX.id)] })) as any;
    expect(result.data._entities).toEqual([null, null]);
    expect(codes(result)).toEqual([['FORBIDDEN', 'ROLE_POLICY'], ['FORBIDDEN', 'ROLE_POLICY']]);
    const catalog = (await as(caller, `{ credentials(first: 5) { edges { node { name issuer { id credentialsIssued { name } } } } } }`)) as any;
    expect(catalog.errors).toBeUndefined();
    expect(catalog.data.credentials.edges.length).toBeGreaterThan(0);
  });

  it('answers a denied field with null and FORBIDDEN while the rest of the award arrives', async () => {
    const result = (await as(trades, `query($id: ID!) { credentialAward(id: $id) { verificationStatus department openBadgeCredential } }`, { id: weldingX.id })) as any;
    expect(result.data.credentialAward).toEqual({ verificationStatus: 'SELF_REPORTED', department: 'TRADES', openBadgeCredential: null });
    expect(codes(result)).toEqual([['FORBIDDEN', 'ROLE_POLICY']]);
  });
});

describe('recording, verifying and revoking within the scope', () => {
  const RECORD = `mutation($input: RecordCredentialAwardInput!) { recordCredentialAward(input: $input) { award { id school { id } department verificationStatus } } }`;

  it('lets school staff record an award for a student of their school, snapshotting school and department', async () => {
    const cert = await make.credential({ careerCluster: 'MANUFACTURING' });
    const result = (await as(staffOne, RECORD, { input: { studentId: studentX, credentialId: cert.id, earnedOn: today() } })) as any;
    expect(result.errors).toBeUndefined();
    expect(result.data.recordCredentialAward.award).toMatchObject({ school: { id: schoolOne }, department: 'TRADES', verificationStatus: 'SELF_REPORTED' });
    const other = await make.credential({ careerCluster: 'FINANCE' });
    const unmatched = (await as(DISTRICT_ADMIN, RECORD, { input: { studentId: studentX, credentialId: other.id, earnedOn: today() } })) as any;
    expect(unmatched.data.recordCredentialAward.award.department).toBeNull();
  });

  it('refuses school staff a student of another school, and that student\'s awards, nothing written', async () => {
    const cert = await make.credential();
    await expectRefused(() => as(staffOne, RECORD, { input: { studentId: studentY, credentialId: cert.id, earnedOn: today() } }), database(), {
      code: 'FORBIDDEN',
      field: 'input.studentId',
      rule: 'OUTSIDE_SCOPE',
    });
    for (const mutation of ['verifyCredentialAward', 'revokeCredentialAward']) {
      const input = mutation === 'verifyCredentialAward' ? { awardId: weldingY.id } : { awardId: weldingY.id, reason: 'x' };
      await expectRefused(() => as(staffOne, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { award { id } } }`, { input }), database(), {
        code: 'FORBIDDEN',
        field: 'input.awardId',
        rule: 'OUTSIDE_SCOPE',
      });
    }
    await expectRefused(
      () => as(staffOne, `mutation($input: RecordCollegeReadinessInput!) { recordCollegeReadiness(input: $input) { determination { eligible } } }`, {
        input: { studentId: studentY, subject: 'MATH', eligible: true, basis: 'GPA', asOf: today() },
      }),
      database(),
      { code: 'FORBIDDEN', field: 'input.studentId', rule: 'OUTSIDE_SCOPE' },
    );
  });
});

describe('audit trail of award mutations', () => {
  const TRAIL = `query($id: ID!) { credentialAward(id: $id) { auditTrail { totalCount edges { node { actorSubject actorRole operation action before after } } } } }`;

  it('records every award mutation with who, which operation, before and after, readable by staff in scope', async () => {
    const cert = await make.credential({ careerCluster: 'MANUFACTURING' });
    const recorded = (await as(staffOne, `mutation($input: RecordCredentialAwardInput!) { recordCredentialAward(input: $input) { award { id } } }`, {
      input: { studentId: studentX, credentialId: cert.id, earnedOn: today() },
    })) as any;
    const id = recorded.data.recordCredentialAward.award.id;
    expect((await as(staffOne, `mutation($id: ID!) { verifyCredentialAward(input: { awardId: $id }) { award { id } } }`, { id })).errors).toBeUndefined();
    expect((await as(DISTRICT_ADMIN, `mutation($id: ID!) { revokeCredentialAward(input: { awardId: $id, reason: "Issuer has no record" }) { award { id } } }`, { id })).errors).toBeUndefined();

    const trail = (await as(trades, TRAIL, { id })) as any;
    expect(trail.errors).toBeUndefined();
    const events = trail.data.credentialAward.auditTrail.edges.map((edge: any) => edge.node);
    expect(trail.data.credentialAward.auditTrail.totalCount).toBe(3);
    expect(events.map((event: any) => [event.operation, event.action, event.actorRole])).toEqual([
      ['recordCredentialAward', 'RECORDED', 'SCHOOL_STAFF'],
      ['verifyCredentialAward', 'VERIFIED', 'SCHOOL_STAFF'],
      ['revokeCredentialAward', 'REVOKED', 'DISTRICT_ADMIN'],
    ]);
    expect(events[0]).toMatchObject({ actorSubject: staffOne.subject, before: null, after: { id, verificationStatus: 'SELF_REPORTED', schoolId: schoolOne } });
    expect(events[1]).toMatchObject({ before: { verificationStatus: 'SELF_REPORTED' }, after: { verificationStatus: 'VERIFIED', verifiedBy: staffOne.subject } });
    expect(events[2]).toMatchObject({ before: { verificationStatus: 'VERIFIED' }, after: { verificationStatus: 'REVOKED', revocationReason: 'Issuer has no record' } });

    const hidden = (await as(learnerX, TRAIL, { id })) as any;
    expect(hidden.data.credentialAward).toEqual({ auditTrail: null });
    expect(codes(hidden)).toEqual([['FORBIDDEN', 'ROLE_POLICY']]);

    // A refused mutation leaves the award and its trail as they were.
    await expectRefused(
      () => as(DISTRICT_ADMIN, `mutation($id: ID!) { verifyCredentialAward(input: { awardId: $id }) { award { id } } }`, { id }),
      database(),
      { code: 'CONFLICT', field: 'input.awardId', rule: 'AWARD_REVOKED' },
    );
  });

  it('keeps audit events append-only', async () => {
    await expect(dataSource.query(`UPDATE credentials.audit_events SET action = 'FORGED'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM credentials.audit_events`)).rejects.toThrow(/append-only/);
  });

  it('reads the trails of a page of awards in one statement', async () => {
    const { result, statements } = await countStatements(() =>
      as(DISTRICT_ADMIN, `{ credentialAwards(first: 50) { edges { node { auditTrail(first: 5) { edges { node { action } } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    // The page of awards, then one windowed statement for all their trails.
    expect(statements).toBe(2);
  });
});
