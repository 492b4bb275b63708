import { createServer } from 'node:net';
import type { GraphQLFormattedError } from 'graphql';
import { StudentFullViewDocument } from '@careergraph/client';
import { postGraphQL, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

// Issue 14 item 3: one outage (or one refusal) costs only its own fields. Fields one subgraph adds
// to another's entity, references to another subgraph's entities and root fields are nullable, so
// a null stops there instead of bubbling up and taking every other subgraph's data with it.

let supergraph: RunningSupergraph;
/** A demo student with placements and credential awards, so both subgraphs' fields are asked for. */
let studentId: string;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
  const placed: { student_id: string }[] = await supergraph.dataSources.placements.query(
    `SELECT student_id FROM placements.placements GROUP BY student_id ORDER BY student_id`,
  );
  const awarded: { student_id: string }[] = await supergraph.dataSources.credentials.query(
    `SELECT student_id FROM credentials.credential_awards WHERE revoked_at IS NULL GROUP BY student_id`,
  );
  const withAwards = new Set(awarded.map((row) => row.student_id));
  studentId = placed.map((row) => row.student_id).find((id) => withAwards.has(id))!;
  expect(studentId).toBeDefined();
}, 300_000);

afterAll(() => supergraph?.stop(), 60_000);

/** A loopback URL nothing listens on: a port the system just handed out and that was closed again. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

/** A gateway over the running subgraphs but with `down` pointing at a closed port. */
async function gatewayWithout(down: string): Promise<string> {
  return supergraph.startGateway({ subgraphUrls: { ...supergraph.subgraphUrls, [down]: await closedPortUrl() } });
}

/** Each error's path joined with dots, e.g. "student.placements.0.partner". */
const paths = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).map((error) => (error.path ?? []).join('.'));

const adminHeaders = async () => ({ authorization: `Bearer ${await supergraph.token({ role: 'DISTRICT_ADMIN' })}` });

/** The demo student's whole record (all four subgraphs) through the gateway at `url`. */
async function asAdmin(url: string) {
  return postGraphQL(url, StudentFullViewDocument, { id: studentId }, await adminHeaders());
}

describe('an outage costs only its own fields', () => {
  it('answers the student and their credentials with placements down, with an error at the placements path', async () => {
    const healthy = (await supergraph.request(StudentFullViewDocument, { id: studentId })).data!.student!;
    const result = await asAdmin(await gatewayWithout('placements'));

    const student = result.data!.student!;
    // The students subgraph's own fields and the credentials subgraph's fields arrive unchanged.
    expect(student).toMatchObject({
      id: studentId,
      preferredName: healthy.preferredName,
      gradeLevel: healthy.gradeLevel,
      school: healthy.school,
      enrollments: healthy.enrollments,
      credentials: healthy.credentials,
      earlyCollegeCreditHours: healthy.earlyCollegeCreditHours,
      meetsAdvancedCreditGoal: healthy.meetsAdvancedCreditGoal,
    });
    expect(healthy.credentials!.length).toBeGreaterThan(0);
    // Only placements' fields are null, each with an error saying which service and where.
    expect(student.placements).toBeNull();
    expect(student.workBasedLearningHours).toBeNull();
    expect(result.errors!.length).toBeGreaterThan(0);
    for (const error of result.errors!) {
      expect(error.path?.slice(0, 1)).toEqual(['student']);
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toContain('placements');
    }
  });

  it('answers placements with the partner, opportunity and supervisor null when partners is down', async () => {
    const healthy = (await supergraph.request(StudentFullViewDocument, { id: studentId })).data!.student!;
    const result = await asAdmin(await gatewayWithout('partners'));

    const student = result.data!.student!;
    expect(student.preferredName).toBe(healthy.preferredName);
    expect(student.workBasedLearningHours).toBe(healthy.workBasedLearningHours);
    // Every placement arrives with placements' own fields; the references partners resolves are null.
    expect(student.placements!.map(({ id, status, schoolYear, approvedHours }) => ({ id, status, schoolYear, approvedHours }))).toEqual(
      healthy.placements!.map(({ id, status, schoolYear, approvedHours }) => ({ id, status, schoolYear, approvedHours })),
    );
    expect(student.placements!.length).toBeGreaterThan(0);
    for (const placement of student.placements!) {
      expect(placement).toMatchObject({ partner: null, worksite: null, supervisor: null, opportunity: null });
    }
    // Credentials arrive too, with the issuers (partners) null.
    expect(student.credentials!.map((award) => award.id)).toEqual(healthy.credentials!.map((award) => award.id));
    for (const award of student.credentials!) expect(award.credential.issuer).toBeNull();

    // Errors sit at the references left null (the gateway asks once for repeated references).
    const nulled = [
      ...student.placements!.flatMap((_, i) => ['partner', 'worksite', 'supervisor', 'opportunity'].map((field) => `student.placements.${i}.${field}`)),
      ...student.credentials!.map((_, i) => `student.credentials.${i}.credential.issuer`),
    ];
    const errorPaths = paths(result.errors);
    expect(nulled).toEqual(expect.arrayContaining(errorPaths));
    expect(errorPaths).toEqual(
      expect.arrayContaining(['student.placements.0.partner', 'student.placements.0.supervisor', 'student.placements.0.opportunity', 'student.credentials.0.credential.issuer']),
    );
    for (const error of result.errors!) {
      expect(error.path?.slice(0, 1)).toEqual(['student']);
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toContain('partners');
    }
  });
});

describe('a school year answered by three subgraphs', () => {
  it("keeps the students and credentials families when placements is down, with placements' null and an error", async () => {
    const [{ school_year: year }] = await supergraph.dataSources.credentials.query(
      `SELECT school_year FROM credentials.award_reporting_snapshots GROUP BY school_year ORDER BY count(*) DESC LIMIT 1`,
    );
    const query = `query ($year: ID!) { schoolYear(id: $year) {
      id startDate endDate
      credentialAttainment { hasData awards { value } }
      perkins { participants { value } }
      workBasedLearning { studentsEngaged { value } }
    } }`;
    const result = await postGraphQL<{ schoolYear: Record<string, unknown> | null }, { year: string }>(
      await gatewayWithout('placements'),
      query,
      { year },
      await adminHeaders(),
    );

    expect(result.data!.schoolYear).toMatchObject({
      id: year,
      startDate: `${year.slice(0, 4)}-07-01`,
      endDate: `${year.slice(5)}-06-30`,
      credentialAttainment: { hasData: true, awards: { value: expect.any(Number) } },
      perkins: { participants: { value: expect.any(Number) } },
      workBasedLearning: null,
    });
    expect(result.errors!.length).toBeGreaterThan(0);
    for (const error of result.errors!) {
      expect(error.path?.[0]).toBe('schoolYear');
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    }
  });
});

describe('a refused root field costs only itself', () => {
  it('answers an ANALYST the partners count beside a FORBIDDEN placements field, not data: null', async () => {
    const result = await supergraph.requestAs({ role: 'ANALYST' }, '{ partners(first: 1) { totalCount } placements(first: 1) { totalCount } }');
    const [{ count }] = await supergraph.dataSources.partners.query(`SELECT count(*)::int AS count FROM partners.partners`);

    expect(result.data).toEqual({ partners: { totalCount: count }, placements: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['placements'], extensions: { code: 'FORBIDDEN' } });
  });
});
