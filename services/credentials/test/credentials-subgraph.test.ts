import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, createLogger, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, expectRefused as expectRefusal, openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { type DemoPartner, generateCredentialsWorld, generateStudentsWorld } from '@careergraph/demo-data';
import { studentsSubgraph } from '@careergraph/students';
import { compactVerify, createLocalJWKSet, importJWK, jwtVerify, SignJWT } from 'jose';
import type { DataSource } from 'typeorm';
import { studentsFactories } from '../../students/test/factories';
import type { CredentialsSettings } from '../src/config/credentials-settings';
import type { CredentialAwardEntity, CredentialEntity } from '../src/entities';
import { seedCredentialsDemo } from '../src/seed/demo-seed';
import { identityHash } from '../src/services/open-badge';
import { credentialsSubgraph } from '../src/server';
import { badgeKeys, newBadgeJwk, statusBit, testBadgeIssuer } from './badge-issuer';
import { credentialsFactories } from './factories';

const logger = createLogger('test', 'silent');
let studentsDb: TestDataSource;
let db: TestDataSource;
let dataSource: DataSource;
let studentsServer: ReturnType<typeof studentsSubgraph.build>;
let server: ReturnType<typeof credentialsSubgraph.build>;
let cutOff: ReturnType<typeof credentialsSubgraph.build>;
let partnersStub: Server;
/** Where the students subgraph and the partners stub answer. */
let urls: { studentsUrl: string; partnersUrl: string };
let make: ReturnType<typeof credentialsFactories>;
let students: ReturnType<typeof studentsFactories>;

const ISSUER_ID = '7d1f0a55-3c43-4d7e-9b1a-2f0f4c1a9e01';
let partnersAnswer: 'ok' | 'error' = 'ok';

/** A stand-in partners subgraph answering `_entities` for one issuer (partners is another branch). */
function startPartnersStub(): Promise<string> {
  partnersStub = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { representations: { id: string }[] } };
      res.setHeader('content-type', 'application/json');
      if (partnersAnswer === 'error') {
        res.statusCode = 503;
        res.end('{}');
        return;
      }
      const entities = variables.representations.map((r) => (r.id === ISSUER_ID ? { name: 'City Colleges of Chicago' } : null));
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  return new Promise((resolve) => partnersStub.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(partnersStub.address() as AddressInfo).port}/graphql`)));
}

/** A URL nobody listens on: a port that was free a moment ago. */
async function deadUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

const config = (overrides: Partial<CredentialsSettings>): CredentialsSettings => ({
  studentsUrl: '',
  partnersUrl: '',
  entityLookupTimeoutMs: 3000,
  tuitionPerCreditHour: 149,
  semesterCreditHours: 12,
  badgeIdentitySalt: 'test-salt',
  ...overrides,
  badgeIssuer: overrides.badgeIssuer ?? testBadgeIssuer(),
});

beforeAll(async () => {
  studentsDb = await openTestDataSource(studentsSubgraph.schema);
  studentsServer = studentsSubgraph.build({ dataSource: studentsDb.dataSource, logger, production: false, subgraphUrls: {} });
  const studentsUrl = await studentsServer.listen('127.0.0.1', 0);
  students = studentsFactories(studentsDb.dataSource);
  db = await openTestDataSource(credentialsSubgraph.schema);
  dataSource = db.dataSource;
  urls = { studentsUrl, partnersUrl: await startPartnersStub() };
  server = credentialsSubgraph.build({ dataSource, logger, production: false, subgraphUrls: {} }, config(urls));
  const down = await deadUrl();
  cutOff = credentialsSubgraph.build({ dataSource, logger, production: false, subgraphUrls: {} }, config({ studentsUrl: down, partnersUrl: down }));
  make = credentialsFactories(dataSource);
  // Two embedded databases and two servers take longer than jest's default hook timeout.
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await cutOff?.stop();
  await studentsServer?.stop();
  await new Promise((resolve) => partnersStub?.close(resolve));
  await db?.close();
  await studentsDb?.close();
});

const run = (query: string, variables?: Record<string, unknown>, target = server) => target.execute({ query, variables }, { caller: DISTRICT_ADMIN });

/** A mutation that must be refused: its code, field and rule, and the schema left exactly as it was. */
const expectRefused = (
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field: string | undefined,
  rule?: string,
  target = server,
) => expectRefusal(() => run(query, variables, target), { dataSource, schema: 'credentials' }, { code, field, rule });

const daysFromToday = (days: number) => addDays(today(), days);

async function aStudent(overrides = {}) {
  const school = await students.school();
  return { school, student: await students.student(school, overrides) };
}

describe('createCredential and updateCredential', () => {
  const CREATE = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id name type ctid creditHours issuer { id } } } }`;
  const UPDATE = `mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { credential { id name ctid creditHours description } } }`;
  const course = { name: 'MATH 118 General Education Mathematics', type: 'DUAL_CREDIT_COURSE', issuerId: ISSUER_ID, careerCluster: 'SCIENCE_TECHNOLOGY_ENGINEERING_AND_MATHEMATICS', creditHours: 4 };
  const cert = { name: 'CompTIA A+', type: 'INDUSTRY_CERTIFICATION', issuerId: ISSUER_ID, careerCluster: 'INFORMATION_TECHNOLOGY' };

  it('creates a course with credit hours and a certification with a CTID (lower-cased)', async () => {
    const a = await run(CREATE, { input: course });
    expect(a.errors).toBeUndefined();
    expect(a.data).toMatchObject({ createCredential: { credential: { type: 'DUAL_CREDIT_COURSE', creditHours: 4, ctid: null, issuer: { id: ISSUER_ID } } } });
    const ctid = 'ce-0A1B2C3D-1111-4222-8333-444455556666';
    const b = await run(CREATE, { input: { ...cert, ctid } });
    expect(b.data).toMatchObject({ createCredential: { credential: { ctid: ctid.toLowerCase(), creditHours: null } } });
  });

  it.each([
    ['a malformed CTID', { ...cert, ctid: 'ce-123' }, 'input.ctid', 'CTID_FORMAT'],
    ['credit hours on a certification', { ...cert, creditHours: 3 }, 'input.creditHours', 'COURSE_FIELDS_MISMATCH'],
    ['a course without credit hours', { ...course, creditHours: null }, 'input.creditHours', 'COURSE_FIELDS_MISMATCH'],
    ['credit hours under 0.5', { ...course, creditHours: 0.25 }, 'input.creditHours', undefined],
    ['credit hours over 20', { ...course, creditHours: 21 }, 'input.creditHours', undefined],
    ['a malformed issuer id', { ...cert, issuerId: 'ccc' }, 'input.issuerId', undefined],
    ['an empty name', { ...cert, name: '  ' }, 'input.name', undefined],
  ])('refuses %s and writes nothing', async (_case, input, field, rule) => {
    await expectRefused(CREATE, { input }, 'BAD_USER_INPUT', field, rule);
  });

  it('refuses a CTID another credential already has', async () => {
    const ctid = 'ce-9a1b2c3d-1111-4222-8333-444455556666';
    await make.credential({ ctid });
    await expectRefused(CREATE, { input: { ...cert, ctid } }, 'BAD_USER_INPUT', 'input.ctid', 'DUPLICATE_CTID');
  });

  it('updates only the given fields, clears with empty text, and keeps course fields to courses', async () => {
    const credential = await make.credential({ description: 'old' });
    const result = await run(UPDATE, { input: { id: credential.id, name: 'Renamed', description: '' } });
    expect(result.data).toEqual({ updateCredential: { credential: { id: credential.id, name: 'Renamed', ctid: null, creditHours: null, description: null } } });
    await expectRefused(UPDATE, { input: { id: credential.id, creditHours: 3 } }, 'BAD_USER_INPUT', 'input.creditHours', 'COURSE_FIELDS_MISMATCH');
    const courseRow = await make.course();
    expect((await run(UPDATE, { input: { id: courseRow.id, creditHours: 4 } })).data).toMatchObject({ updateCredential: { credential: { creditHours: 4 } } });
    await expectRefused(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } }, 'NOT_FOUND', 'input.id');
  });
});

describe('recordCredentialAward', () => {
  const RECORD = `mutation($input: RecordCredentialAwardInput!) { recordCredentialAward(input: $input) {
    award { id verificationStatus earnedOn schoolYear school { id } student { id } credential { id } term grade creditHoursEarned expiresOn } } }`;

  it('records an award with the school the students subgraph reports, as SELF_REPORTED', async () => {
    const { school, student } = await aStudent();
    const credential = await make.credential();
    const result = await run(RECORD, { input: { studentId: student.id, credentialId: credential.id, earnedOn: '2025-10-04', expiresOn: '2028-10-04' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      recordCredentialAward: {
        award: { verificationStatus: 'SELF_REPORTED', schoolYear: '2025-2026', school: { id: school.id }, student: { id: student.id }, term: null, expiresOn: '2028-10-04' },
      },
    });
  });

  it('records a course with term, grade and credit hours (0 for a withdrawal)', async () => {
    const { student } = await aStudent();
    const course = await make.course({ creditHours: 4 });
    const a = await run(RECORD, { input: { studentId: student.id, credentialId: course.id, earnedOn: '2025-12-18', term: '2025-fall', grade: 'B', creditHoursEarned: 4 } });
    expect(a.data).toMatchObject({ recordCredentialAward: { award: { term: '2025-FALL', grade: 'B', creditHoursEarned: 4 } } });
    const w = await run(RECORD, { input: { studentId: student.id, credentialId: course.id, earnedOn: '2025-05-20', term: '2025-SPRING', grade: 'W', creditHoursEarned: 0 } });
    expect(w.errors).toBeUndefined();
  });

  it('refuses every rule and writes nothing', async () => {
    const { student } = await aStudent();
    const credential = await make.credential();
    const course = await make.course({ creditHours: 3 });
    const base = { studentId: student.id, credentialId: credential.id, earnedOn: '2025-10-04' };
    const courseBase = { studentId: student.id, credentialId: course.id, earnedOn: '2025-12-18', term: '2025-FALL', grade: 'A', creditHoursEarned: 3 };
    await expectRefused(RECORD, { input: { ...base, earnedOn: daysFromToday(1) } }, 'BAD_USER_INPUT', 'input.earnedOn', 'EARNED_IN_FUTURE');
    await expectRefused(RECORD, { input: { ...base, expiresOn: '2025-10-04' } }, 'BAD_USER_INPUT', 'input.expiresOn', 'EXPIRES_BEFORE_EARNED');
    await expectRefused(RECORD, { input: { ...base, grade: 'A' } }, 'BAD_USER_INPUT', 'input.grade', 'COURSE_FIELDS_MISMATCH');
    await expectRefused(RECORD, { input: { ...courseBase, term: null } }, 'BAD_USER_INPUT', 'input.term', 'COURSE_FIELDS_MISMATCH');
    await expectRefused(RECORD, { input: { ...courseBase, creditHoursEarned: null } }, 'BAD_USER_INPUT', 'input.creditHoursEarned', 'COURSE_FIELDS_MISMATCH');
    await expectRefused(RECORD, { input: { ...courseBase, term: '2025-WINTER' } }, 'BAD_USER_INPUT', 'input.term', 'TERM_FORMAT');
    await expectRefused(RECORD, { input: { ...courseBase, creditHoursEarned: 3.5 } }, 'BAD_USER_INPUT', 'input.creditHoursEarned', 'CREDIT_HOURS_EXCEED_COURSE');
    await expectRefused(RECORD, { input: { ...courseBase, grade: 'F' } }, 'BAD_USER_INPUT', 'input.creditHoursEarned', 'NO_CREDIT_FOR_GRADE');
    await expectRefused(RECORD, { input: { ...base, studentId: '00000000-0000-4000-8000-000000000000' } }, 'BAD_USER_INPUT', 'input.studentId', 'UNKNOWN_STUDENT');
    await expectRefused(RECORD, { input: { ...base, credentialId: '00000000-0000-4000-8000-000000000000' } }, 'BAD_USER_INPUT', 'input.credentialId');
    await expectRefused(RECORD, { input: { ...base, studentId: 'x' } }, 'BAD_USER_INPUT', 'input.studentId');
    expect((await run(RECORD, { input: { ...courseBase, grade: 'F', creditHoursEarned: 0 } })).errors).toBeUndefined();
  });

  it('refuses a duplicate: a course in the same term, a credential still valid; allows renewal after expiry or revocation', async () => {
    const { student } = await aStudent();
    const course = await make.course();
    const cert = await make.credential();
    const courseInput = { studentId: student.id, credentialId: course.id, earnedOn: '2025-12-18', term: '2025-FALL', grade: 'A', creditHoursEarned: 3 };
    expect((await run(RECORD, { input: courseInput })).errors).toBeUndefined();
    await expectRefused(RECORD, { input: { ...courseInput, grade: 'B' } }, 'BAD_USER_INPUT', 'input.credentialId', 'DUPLICATE_AWARD');
    expect((await run(RECORD, { input: { ...courseInput, term: '2026-SPRING', earnedOn: '2026-05-15' } })).errors).toBeUndefined();

    const first = { studentId: student.id, credentialId: cert.id, earnedOn: '2023-06-01', expiresOn: '2024-06-01' };
    expect((await run(RECORD, { input: first })).errors).toBeUndefined();
    await expectRefused(RECORD, { input: { ...first, earnedOn: '2024-01-10', expiresOn: '2025-01-10' } }, 'BAD_USER_INPUT', 'input.credentialId', 'DUPLICATE_AWARD');
    const renewal = await run(RECORD, { input: { ...first, earnedOn: '2024-06-01', expiresOn: null } });
    expect(renewal.errors).toBeUndefined();
    await expectRefused(RECORD, { input: { ...first, earnedOn: '2025-02-02', expiresOn: null } }, 'BAD_USER_INPUT', 'input.credentialId', 'DUPLICATE_AWARD');
    const renewalId = (renewal.data as any).recordCredentialAward.award.id;
    await run(`mutation($id: ID!) { revokeCredentialAward(input: { awardId: $id, reason: "entered twice" }) { award { id } } }`, { id: renewalId });
    expect((await run(RECORD, { input: { ...first, earnedOn: '2025-02-02', expiresOn: null } })).errors).toBeUndefined();
  });

  it('refuses concurrent duplicates: exactly one of two racing requests wins', async () => {
    const { student } = await aStudent();
    const cert = await make.credential();
    const input = { studentId: student.id, credentialId: cert.id, earnedOn: '2025-03-03' };
    const results = await Promise.all([run(RECORD, { input }), run(RECORD, { input: { ...input, earnedOn: '2025-04-04' } })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'DUPLICATE_AWARD' });
  });

  it('answers SERVICE_UNAVAILABLE and writes nothing when the students subgraph is down', async () => {
    const { student } = await aStudent();
    const credential = await make.credential();
    const error = await expectRefused(
      RECORD,
      { input: { studentId: student.id, credentialId: credential.id, earnedOn: '2025-10-04' } },
      'SERVICE_UNAVAILABLE',
      undefined,
      undefined,
      cutOff,
    );
    expect(error.message).toMatch(/students subgraph is unavailable/);
  });
});

describe('verifying and revoking awards', () => {
  const VERIFY = `mutation($id: ID!) { verifyCredentialAward(input: { awardId: $id }) { award { verificationStatus verifiedBy verifiedAt } } }`;
  const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCredentialAward(input: { awardId: $id, reason: $reason }) {
    award { verificationStatus verifiedBy revokedBy revokedAt revocationReason } } }`;

  it('goes SELF_REPORTED → VERIFIED → REVOKED, and REVOKED is final', async () => {
    const award = await make.award(await make.credential(), (await aStudent()).student.id);
    const verified = await run(VERIFY, { id: award.id });
    expect(verified.data).toMatchObject({ verifyCredentialAward: { award: { verificationStatus: 'VERIFIED', verifiedBy: DISTRICT_ADMIN.subject, verifiedAt: expect.any(String) } } });
    await expectRefused(VERIFY, { id: award.id }, 'CONFLICT', 'input.awardId', 'ALREADY_VERIFIED');
    await expectRefused(REVOKE, { id: award.id, reason: '  ' }, 'BAD_USER_INPUT', 'input.reason');
    const revoked = await run(REVOKE, { id: award.id, reason: 'Issuer record not found' });
    expect(revoked.data).toMatchObject({
      revokeCredentialAward: { award: { verificationStatus: 'REVOKED', verifiedBy: DISTRICT_ADMIN.subject, revokedBy: DISTRICT_ADMIN.subject, revocationReason: 'Issuer record not found' } },
    });
    await expectRefused(REVOKE, { id: award.id, reason: 'again' }, 'CONFLICT', 'input.awardId', 'AWARD_REVOKED');
    await expectRefused(VERIFY, { id: award.id }, 'CONFLICT', 'input.awardId', 'AWARD_REVOKED');
  });

  it('revokes a self-reported award directly, and answers NOT_FOUND for an unknown one', async () => {
    const award = await make.award(await make.credential(), (await aStudent()).student.id);
    expect((await run(REVOKE, { id: award.id, reason: 'Not earned' })).data).toMatchObject({ revokeCredentialAward: { award: { verificationStatus: 'REVOKED', verifiedBy: null } } });
    await expectRefused(VERIFY, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.awardId');
  });
});

describe('recordCollegeReadiness', () => {
  const RECORD = `mutation($input: RecordCollegeReadinessInput!) { recordCollegeReadiness(input: $input) {
    determination { eligible basis detail asOf } student { collegeReadiness { math { eligible asOf } english { eligible } } } } }`;

  it('records a determination; the latest per subject is the student\'s readiness', async () => {
    const { student } = await aStudent();
    const input = { studentId: student.id, subject: 'MATH', eligible: false, basis: 'PSAT_SCORE', detail: 'PSAT math 430', asOf: '2024-10-15' };
    expect((await run(RECORD, { input })).errors).toBeUndefined();
    const result = await run(RECORD, { input: { ...input, eligible: true, basis: 'SAT_SCORE', detail: 'SAT math 560', asOf: '2025-10-15' } });
    expect(result.data).toEqual({
      recordCollegeReadiness: {
        determination: { eligible: true, basis: 'SAT_SCORE', detail: 'SAT math 560', asOf: '2025-10-15' },
        student: { collegeReadiness: { math: { eligible: true, asOf: '2025-10-15' }, english: null } },
      },
    });
  });

  it('refuses a future date, an unknown student, and writes nothing when the students subgraph is down', async () => {
    const { student } = await aStudent();
    const input = { studentId: student.id, subject: 'ENGLISH', eligible: true, basis: 'GPA', asOf: '2025-10-15' };
    await expectRefused(RECORD, { input: { ...input, asOf: daysFromToday(1) } }, 'BAD_USER_INPUT', 'input.asOf', 'AS_OF_IN_FUTURE');
    await expectRefused(RECORD, { input: { ...input, studentId: '00000000-0000-4000-8000-000000000000' } }, 'BAD_USER_INPUT', 'input.studentId', 'UNKNOWN_STUDENT');
    await expectRefused(RECORD, { input }, 'SERVICE_UNAVAILABLE', undefined, undefined, cutOff);
  });
});

describe('the Student fields this subgraph contributes', () => {
  const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Student {
    id earlyCollegeCreditHours estimatedTuitionSavings meetsAdvancedCreditGoal
    credentials { id verificationStatus } verified: credentials(verificationStatus: VERIFIED) { id } } } }`;

  /** The same measures recomputed straight from the rows, the way an analyst would. */
  async function fromRows(studentId: string) {
    const [{ hours }] = await dataSource.query(
      `SELECT coalesce(sum(a.credit_hours_earned), 0)::float AS hours FROM credentials.credential_awards a
         JOIN credentials.credentials c ON c.id = a.credential_id
        WHERE a.student_id = $1 AND c.type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE')
          AND a.grade IN ('A', 'B', 'C', 'D', 'P') AND a.verification_status <> 'REVOKED'`,
      [studentId],
    );
    const [{ advanced }] = await dataSource.query(
      `SELECT count(*)::int AS advanced FROM credentials.credential_awards a JOIN credentials.credentials c ON c.id = a.credential_id
        WHERE a.student_id = $1 AND c.advanced_certification AND a.verification_status = 'VERIFIED'
          AND (a.expires_on IS NULL OR a.expires_on >= $2)`,
      [studentId, today()],
    );
    return { hours, savings: Math.round(hours * 149 * 100) / 100, goal: hours >= 12 || advanced > 0 };
  }

  it('sums passing, unrevoked early college credit, prices it, and checks the goal', async () => {
    const four = await make.course({ creditHours: 4, type: 'DUAL_ENROLLMENT_COURSE' });
    const three = await make.course({ creditHours: 3 });
    const advancedCert = await make.credential({ advancedCertification: true });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => aStudent().then((s) => s.student.id)));
    // a: 4 + 4 + 4 passing (12) → goal; a failed and a revoked course do not count.
    await make.award(four, a, { term: '2024-FALL', grade: 'A', creditHoursEarned: 4 });
    await make.award(four, a, { term: '2025-SPRING', grade: 'P', creditHoursEarned: 4 });
    await make.award(four, a, { term: '2025-FALL', grade: 'D', creditHoursEarned: 4 });
    await make.award(three, a, { term: '2024-FALL', grade: 'F', creditHoursEarned: 0 });
    await make.award(three, a, { term: '2025-FALL', grade: 'A', creditHoursEarned: 3, verificationStatus: 'REVOKED', revokedAt: new Date(), revocationReason: 'x' });
    // b: 3 hours, but a verified unexpired advanced certification → goal.
    await make.award(three, b, { grade: 'B', creditHoursEarned: 3, verificationStatus: 'VERIFIED', verifiedAt: new Date() });
    await make.award(advancedCert, b, { verificationStatus: 'VERIFIED', verifiedAt: new Date(), expiresOn: daysFromToday(30) });
    // c: the advanced certification is only self-reported; d: verified but expired.
    await make.award(advancedCert, c);
    await make.award(advancedCert, d, { verificationStatus: 'VERIFIED', verifiedAt: new Date(), earnedOn: '2022-01-01', expiresOn: '2024-01-01' });

    const ids = [a, b, c, d];
    const result = await run(ENTITIES, { reps: ids.map((id) => ({ __typename: 'Student', id })) });
    expect(result.errors).toBeUndefined();
    const got = (result.data as any)._entities;
    for (const [i, id] of ids.entries()) {
      const expected = await fromRows(id);
      expect(got[i]).toMatchObject({ id, earlyCollegeCreditHours: expected.hours, estimatedTuitionSavings: expected.savings, meetsAdvancedCreditGoal: expected.goal });
    }
    expect(got.map((s: any) => s.meetsAdvancedCreditGoal)).toEqual([true, true, false, false]);
    expect(got[0].earlyCollegeCreditHours).toBe(12);
    expect(got[0].estimatedTuitionSavings).toBe(1788);
    expect(got[0].credentials).toHaveLength(5);
    expect(got[1].verified).toHaveLength(2);
  });

  it('answers with empty measures for a student without any records, and null for a malformed id', async () => {
    const { student } = await aStudent();
    const result = await run(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Student { id earlyCollegeCreditHours meetsAdvancedCreditGoal collegeReadiness { math { eligible } english { eligible } } } } }`, {
      reps: [{ __typename: 'Student', id: student.id }, { __typename: 'Student', id: 'nope' }],
    });
    expect(result.data).toEqual({ _entities: [{ id: student.id, earlyCollegeCreditHours: 0, meetsAdvancedCreditGoal: false, collegeReadiness: { math: null, english: null } }, null] });
  });
});

describe('queries', () => {
  it('filters and pages the catalog, and lists what a partner issues', async () => {
    const issuerId = '0b5d2a9e-6f0e-4b4c-9a53-1a2b3c4d5e6f';
    await make.credential({ name: 'Zeta Welding Cert', issuerId, careerCluster: 'MANUFACTURING' });
    await make.course({ name: 'Zeta Welding 101', issuerId, careerCluster: 'MANUFACTURING' });
    const page = await run(`{ credentials(filter: { search: "zeta" }, first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`);
    const connection = (page.data as any).credentials;
    expect(connection.totalCount).toBe(2);
    expect(connection.edges[0].node.name).toBe('Zeta Welding 101');
    const second = await run(`query($after: String) { credentials(filter: { search: "zeta" }, first: 1, after: $after) { edges { node { name } } } }`, { after: connection.pageInfo.endCursor });
    expect((second.data as any).credentials.edges[0].node.name).toBe('Zeta Welding Cert');
    const typed = await run(`query($id: ID) { credentials(filter: { issuerId: $id, type: DUAL_CREDIT_COURSE }) { edges { node { name } } } }`, { id: issuerId });
    expect((typed.data as any).credentials.edges.map((e: any) => e.node.name)).toEqual(['Zeta Welding 101']);
    const partner = await run(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Partner { id credentialsIssued { name } } } }`, { reps: [{ __typename: 'Partner', id: issuerId }] });
    expect(partner.data).toEqual({ _entities: [{ id: issuerId, credentialsIssued: [{ name: 'Zeta Welding 101' }, { name: 'Zeta Welding Cert' }] }] });
  });

  it('filters awards by school year, status, school, student and credential', async () => {
    const credential = await make.credential();
    const schoolId = '5c3f8c8e-1d2b-4c5a-8e9f-0a1b2c3d4e5f';
    await make.award(credential, (await aStudent()).student.id, { schoolId, earnedOn: '2024-05-01' });
    const inYear = await make.award(credential, (await aStudent()).student.id, { schoolId, earnedOn: '2024-09-01', verificationStatus: 'VERIFIED', verifiedAt: new Date() });
    const result = await run(`query($f: CredentialAwardFilter) { credentialAwards(filter: $f) { totalCount edges { node { id schoolYear } } } }`, {
      f: { schoolId, schoolYear: '2024-2025', verificationStatus: 'VERIFIED', credentialId: credential.id, studentId: inYear.studentId },
    });
    expect(result.data).toEqual({ credentialAwards: { totalCount: 1, edges: [{ node: { id: inYear.id, schoolYear: '2024-2025' } }] } });
    await expectRefused(`{ credentialAwards(filter: { schoolYear: "2024" }) { totalCount } }`, {}, 'BAD_USER_INPUT', 'filter.schoolYear');
  });
});

describe('openBadgeCredential', () => {
  const BADGE = `query($id: ID!) { credentialAward(id: $id) { verificationStatus openBadgeCredential } }`;
  const REVOKE = `mutation($id: ID!) { revokeCredentialAward(input: { awardId: $id, reason: "issuer withdrew it" }) { award { verificationStatus openBadgeCredential } } }`;
  const ISSUER = 'https://careergraph.test/badges/issuer';
  const oldKey = newBadgeJwk();
  const newKey = newBadgeJwk();
  let before: ReturnType<typeof credentialsSubgraph.build>;
  let rotated: ReturnType<typeof credentialsSubgraph.build>;
  let retiredDropped: ReturnType<typeof credentialsSubgraph.build>;
  const urlOf: Record<string, string> = {};

  /** A server over the same awards with its own keys, listening so its /badges documents can be fetched. */
  async function serve(name: string, keys: Record<string, unknown>[]) {
    const built = credentialsSubgraph.build(
      { dataSource, logger, production: false, subgraphUrls: {} },
      config({ ...urls, badgeIssuer: testBadgeIssuer({ keys: badgeKeys(...keys) }) }),
    );
    urlOf[name] = new URL(await built.listen('127.0.0.1', 0)).origin;
    return built;
  }

  /** What the badge names (https://careergraph.test/badges/...) fetched from `server` instead: same path. */
  const fetchServed = (server: string, published: string) => fetch(new URL(new URL(published).pathname, urlOf[server]));

  /** An independent check, as a verifier does it: jose against the JWK Set the server publishes. */
  async function verify(jwt: string, server: string) {
    const jwks = createLocalJWKSet(await (await fetchServed(server, 'https://careergraph.test/badges/jwks.json')).json());
    return jwtVerify(jwt, jwks, { issuer: ISSUER, algorithms: ['RS256'] });
  }

  async function badgeOf(award: { id: string }, target = before) {
    const result = await run(BADGE, { id: award.id }, target);
    expect(result.errors).toBeUndefined();
    return (result.data as any).credentialAward.openBadgeCredential as string | null;
  }

  const verifiedAward = async (credential: CredentialEntity, overrides: Partial<CredentialAwardEntity> = {}) =>
    make.award(credential, (await aStudent()).student.id, { verificationStatus: 'VERIFIED', verifiedBy: 'test', verifiedAt: new Date(), ...overrides });

  beforeAll(async () => {
    before = await serve('before', [oldKey]);
    rotated = await serve('rotated', [newKey, oldKey]);
    retiredDropped = await serve('retiredDropped', [newKey]);
  });

  afterAll(async () => {
    for (const server of [before, rotated, retiredDropped]) await server?.stop();
  });

  it('signs a verified award as an OB 3.0 VC-JWT that verifies against the published keys', async () => {
    const course = await make.course({ name: 'ENGLISH 101 Composition I', issuerId: ISSUER_ID, creditHours: 3, ctid: 'ce-1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f' });
    const studentId = (await aStudent()).student.id;
    const award = await make.award(course, studentId, { grade: 'B', creditHoursEarned: 3, verificationStatus: 'VERIFIED', verifiedBy: 'test', verifiedAt: new Date(), expiresOn: '2031-06-30' });
    const jwt = (await badgeOf(award))!;

    const { payload, protectedHeader } = await verify(jwt, 'before');
    // OB 3.0 §8.2: only alg, kid (dereferenceable to the bare public key) and typ.
    expect(Object.keys(protectedHeader).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.stringMatching(/^https:\/\/careergraph\.test\/badges\/keys\/[A-Za-z0-9_-]{43}$/) });
    const key = await (await fetchServed('before', protectedHeader.kid!)).json();
    expect(Object.keys(key).sort()).toEqual(['e', 'kty', 'n']);
    await expect(compactVerify(jwt, await importJWK(key, 'RS256'))).resolves.toBeDefined();

    // The OB 3.0 required properties, and the JWT claims mapped from them.
    const doc = payload as any;
    expect(doc['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(doc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(doc).toMatchObject({ id: `urn:uuid:${award.id}`, name: 'ENGLISH 101 Composition I', validFrom: '2025-12-15T00:00:00Z', validUntil: '2031-06-30T00:00:00Z' });
    expect(doc.issuer).toEqual({ id: ISSUER, type: ['Profile'], name: 'Test District' });
    expect({ iss: doc.iss, jti: doc.jti, nbf: doc.nbf, exp: doc.exp }).toEqual({
      iss: ISSUER,
      jti: doc.id,
      nbf: Date.parse(doc.validFrom) / 1000,
      exp: Date.parse(doc.validUntil) / 1000,
    });
    expect(doc.credentialSchema).toEqual([{ id: expect.stringContaining('ob_v3p0_achievementcredential_schema.json'), type: '1EdTechJsonSchemaValidator2019' }]);
    expect(doc.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(doc.credentialSubject.identifier[0]).toMatchObject({ type: 'IdentityObject', hashed: true, identityHash: identityHash(studentId, 'test-salt') });
    expect(doc.credentialSubject.achievement).toMatchObject({
      id: `urn:uuid:${course.id}`,
      type: ['Achievement'],
      achievementType: 'Course',
      name: course.name,
      description: expect.any(String),
      criteria: { narrative: expect.any(String) },
      creditsAvailable: 3,
      // The partner, named by the partners subgraph, created the achievement; the district issues the badge.
      creator: { id: `urn:uuid:${ISSUER_ID}`, type: ['Profile'], name: 'City Colleges of Chicago' },
    });
    expect(doc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'https://careergraph.test/badges/status/1' });
    expect(JSON.stringify(doc)).not.toContain(studentId);

    // The issuer id resolves to the district's profile.
    const profile = await (await fetchServed('before', doc.issuer.id)).json();
    expect(profile).toMatchObject({ id: ISSUER, type: ['Profile'], name: 'Test District' });
  });

  it('fails verification once the badge is tampered with or signed by another key', async () => {
    const jwt = (await badgeOf(await verifiedAward(await make.credential({ issuerId: ISSUER_ID, name: 'OSHA 10' }))))!;
    const [header, body, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    claims.credentialSubject.achievement.name = 'OSHA 30';
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    await expect(verify(tampered, 'before')).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    // The same header (the district's kid) over a signature from a key the district never published.
    const forged = await new SignJWT(claims).setProtectedHeader(JSON.parse(Buffer.from(header, 'base64url').toString())).sign(createPrivateKey({ key: newBadgeJwk() as JsonWebKey, format: 'jwk' }));
    await expect(verify(forged, 'before')).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    await expect(verify(jwt, 'before')).resolves.toBeDefined();
  });

  it('exports no badge for a self-reported award, nor for a revoked one, whose status bit is set', async () => {
    const credential = await make.credential({ issuerId: ISSUER_ID });
    expect(await badgeOf(await make.award(credential, (await aStudent()).student.id))).toBeNull();

    const kept = await verifiedAward(credential);
    const revoked = await verifiedAward(credential);
    const [keptBadge, revokedBadge] = [(await badgeOf(kept))!, (await badgeOf(revoked))!];
    const revocation = await run(REVOKE, { id: revoked.id }, before);
    expect(revocation.errors).toBeUndefined();
    expect(revocation.data).toEqual({ revokeCredentialAward: { award: { verificationStatus: 'REVOKED', openBadgeCredential: null } } });
    expect((await run(BADGE, { id: revoked.id }, before)).data).toEqual({ credentialAward: { verificationStatus: 'REVOKED', openBadgeCredential: null } });

    // The badge handed out before the revocation still verifies, and its status list says revoked.
    const statusOf = async (jwt: string) => {
      const { credentialStatus } = (await verify(jwt, 'before')).payload as any;
      const response = await fetchServed('before', credentialStatus.statusListCredential);
      expect(response.headers.get('content-type')).toBe('application/vc+jwt');
      const list = (await verify(await response.text(), 'before')).payload as any;
      expect(list).toMatchObject({ id: credentialStatus.statusListCredential, type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: ISSUER });
      expect(list.credentialSubject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
      return statusBit(list.credentialSubject.encodedList, Number(credentialStatus.statusListIndex));
    };
    expect(await statusOf(revokedBadge)).toBe('revoked');
    expect(await statusOf(keptBadge)).toBe('valid');
  });

  it('rotates keys: earlier badges keep verifying while new ones carry the new kid', async () => {
    const award = await verifiedAward(await make.credential({ issuerId: ISSUER_ID }));
    const oldBadge = (await badgeOf(award, before))!;
    const newBadge = (await badgeOf(award, rotated))!;
    const oldKid = (await verify(oldBadge, 'before')).protectedHeader.kid;
    const newKid = (await verify(newBadge, 'rotated')).protectedHeader.kid;
    expect(newKid).not.toBe(oldKid);
    // After rotation the JWK Set lists the new key first and keeps the old one.
    const { keys } = await (await fetchServed('rotated', 'https://careergraph.test/badges/jwks.json')).json();
    expect(keys.map((key: { kid: string }) => key.kid)).toEqual([newKid, oldKid]);
    expect(keys.every((key: Record<string, unknown>) => key.alg === 'RS256' && key.use === 'sig' && !('d' in key))).toBe(true);
    await expect(verify(oldBadge, 'rotated')).resolves.toBeDefined();
    // The status list is signed with the new key too.
    const list = await (await fetchServed('rotated', 'https://careergraph.test/badges/status/1')).text();
    expect((await verify(list, 'rotated')).protectedHeader.kid).toBe(newKid);
    // Dropping the retired key from the set is what would stop its badges verifying.
    await expect(verify(oldBadge, 'retiredDropped')).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    await expect(verify(newBadge, 'retiredDropped')).resolves.toBeDefined();
  });

  it('answers 404 for a status list no award has reached or a key it never had', async () => {
    for (const path of ['/badges/status/2', '/badges/status/0', '/badges/status/one', `/badges/keys/${'A'.repeat(43)}`]) {
      const response = await fetch(new URL(path, urlOf.before));
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('answers SERVICE_UNAVAILABLE when the partners subgraph fails', async () => {
    const award = await verifiedAward(await make.credential({ issuerId: ISSUER_ID }));
    partnersAnswer = 'error';
    try {
      const result = await run(BADGE, { id: award.id });
      expect(result.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'partners' });
    } finally {
      partnersAnswer = 'ok';
    }
  });
});

describe('seedCredentialsDemo', () => {
  it('loads the demo slice once, in rows the schema accepts', async () => {
    const world = generateStudentsWorld({ students: 300, asOf: '2026-11-22' });
    const names = ['City Colleges of Chicago', 'National Center for Construction Education and Research', 'CompTIA', 'National Restaurant Association', 'American Welding Society', 'Illinois State Board of Education', 'Illinois Department of Public Health'];
    const partners = { partners: names.map((name, i) => ({ id: `00000000-0000-4000-8000-00000000010${i}`, name }) as DemoPartner), worksites: [], contacts: [], opportunities: [] };
    const seedDb = await openTestDataSource(credentialsSubgraph.schema);
    try {
      expect(await seedCredentialsDemo(seedDb.dataSource, logger, { students: world, partners })).toBe(true);
      const slice = generateCredentialsWorld(world, partners);
      const [{ n }] = await seedDb.dataSource.query('SELECT count(*)::int AS n FROM credentials.credential_awards');
      expect(n).toBe(slice.awards.length);
      expect(await seedCredentialsDemo(seedDb.dataSource, logger, { students: world, partners })).toBe(false);
    } finally {
      await seedDb.close();
    }
  }, 60_000);
});
