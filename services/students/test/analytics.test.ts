import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Caller, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, type TestDataSource, testCaller } from '@careergraph/kit/testing';
import { parse } from 'graphql';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';

const YEAR = '2025-2026';
let db: TestDataSource;
let server: ReturnType<typeof studentsSubgraph.build>;
let make: ReturnType<typeof studentsFactories>;
const peers: ApolloServer[] = [];
/** What the stand-in credentials and placements subgraphs answer, by student id. */
const credentialFlags = new Map<string, Record<string, boolean>>();
const wblFlags = new Map<string, boolean>();

/** Calls each stand-in peer received, for the batching assertions. */
const peerCalls: { field: string; schoolYear: string; studentIds: string[] }[] = [];

/**
 * TEST PEERS standing in for credentials and placements: federation subgraphs answering the
 * SERVICE-only reporting-set root fields the students subgraph asks, with their real names and
 * shapes: of the students asked, those holding each flag.
 */
async function startPeer(sdl: string, field: string, answer: (ids: string[]) => unknown): Promise<string> {
  const resolve = (_: unknown, args: { schoolYear: string; studentIds: string[] }) => {
    peerCalls.push({ field, ...args });
    return answer(args.studentIds);
  };
  const peer = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: { Query: { [field]: resolve } } as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  peers.push(peer);
  return (await startStandaloneServer(peer, { listen: { port: 0, host: '127.0.0.1' } })).url;
}

let schoolA: Awaited<ReturnType<typeof make.school>>;
let schoolB: Awaited<ReturnType<typeof make.school>>;
const concentrators: string[] = [];

// 24 concentrators (two courses of one program) and 6 participants at school A, 12 concentrators at
// school B; 15 of the concentrators hold a credential, 20 took part in work-based learning.
beforeAll(async () => {
  const outcomeFlags = ['recognizedPostsecondaryCredential', 'postsecondaryCredit', 'advancedCreditOrCredential', 'meetsSemesterGoal'];
  const credentialsUrl = await startPeer(
    `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
     type Query { reportingOutcomeSet(schoolYear: ID!, studentIds: [ID!]!): ReportingOutcomeSet! }
     type ReportingOutcomeSet { ${outcomeFlags.map((flag) => `${flag}: [ID!]!`).join(' ')} }`,
    'reportingOutcomeSet',
    (ids) => Object.fromEntries(outcomeFlags.map((flag) => [flag, ids.filter((id) => credentialFlags.get(id)?.[flag])])),
  );
  const placementsUrl = await startPeer(
    `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
     type Query { reportingWorkBasedLearningSet(schoolYear: ID!, studentIds: [ID!]!): [ID!]! }`,
    'reportingWorkBasedLearningSet',
    (ids) => ids.filter((id) => wblFlags.get(id)),
  );
  db = await openTestDataSource(studentsSubgraph.schema);
  server = studentsSubgraph.build({
    dataSource: db.dataSource,
    logger: createLogger('test', 'silent'),
    production: false,
    subgraphUrls: { credentials: credentialsUrl, placements: placementsUrl },
  });
  make = studentsFactories(db.dataSource);
  schoolA = await make.school();
  schoolB = await make.school();
  const program = await make.program([schoolA, schoolB]);
  const enroll = async (school: typeof schoolA, i: number, courses: number) => {
    const student = await make.student(school, { gender: i % 2 === 0 ? 'FEMALE' : 'MALE', cohort: 2026 + (i % 3) });
    const enrollment = await make.enrollment(student, program, { schoolYear: YEAR });
    for (let c = 0; c < courses; c++) await make.completion(enrollment, { courseCode: `C${c}`, completedOn: '2026-01-15' });
    if (courses >= 2) concentrators.push(student.id);
    if (courses >= 2 && i % 8 < 5) credentialFlags.set(student.id, { recognizedPostsecondaryCredential: true, postsecondaryCredit: true, advancedCreditOrCredential: true, meetsSemesterGoal: false });
    if (courses >= 2 && i % 9 < 5) wblFlags.set(student.id, true);
  };
  for (let i = 0; i < 24; i++) await enroll(schoolA, i, 2);
  for (let i = 24; i < 30; i++) await enroll(schoolA, i, 1);
  for (let i = 30; i < 42; i++) await enroll(schoolB, i, 3);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  for (const peer of peers) await peer.stop();
  await db?.close();
});

const QUERY = `query($year: ID!) {
  schoolYear(id: $year) {
    id startDate endDate
    schools { id }
    perkins {
      participants { value suppressed }
      concentrators { value suppressed breakdown(by: GENDER) { key value suppressed } }
      indicator5S1 { value numerator denominator suppressed breakdown(by: SCHOOL) { key numerator denominator suppressed gap school { id name } } }
      indicator5S3 { value numerator denominator suppressed }
    }
    graduatingCohort { students { value } advancedCreditOrCredentialRate { numerator denominator suppressed } }
  }
}`;

const run = (caller: Caller, query = QUERY, variables: Record<string, unknown> = { year: YEAR }) =>
  server.execute({ query, variables }, { caller });

describe('Perkins V and graduating cohort metrics', () => {
  it('count participants and concentrators from course completions and take 5S1–5S3 flags from the owners', async () => {
    peerCalls.length = 0;
    const result = await run(DISTRICT_ADMIN);
    expect(result.errors).toBeUndefined();
    const year = (result.data as { schoolYear: any }).schoolYear;
    expect(year).toMatchObject({ id: YEAR, startDate: '2025-07-01', endDate: '2026-06-30' });
    expect(year.schools.map((s: { id: string }) => s.id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    const [raw] = await db.dataSource.query(
      `SELECT count(DISTINCT e.student_id) FILTER (WHERE n >= 1)::int AS participants, count(DISTINCT e.student_id) FILTER (WHERE n >= 2)::int AS concentrators
         FROM (SELECT e.student_id, count(cc.id) AS n FROM students.program_enrollments e
                 LEFT JOIN students.course_completions cc ON cc.enrollment_id = e.id WHERE e.school_year = $1 GROUP BY e.student_id, e.program_id) e`,
      [YEAR],
    );
    expect(year.perkins.participants.value).toBe(raw.participants);
    expect(year.perkins.concentrators.value).toBe(raw.concentrators);
    const withCredential = concentrators.filter((id) => credentialFlags.get(id)?.recognizedPostsecondaryCredential).length;
    const withWbl = concentrators.filter((id) => wblFlags.get(id)).length;
    expect(year.perkins.indicator5S1).toMatchObject({ numerator: withCredential, denominator: concentrators.length, suppressed: false });
    expect(year.perkins.indicator5S3).toMatchObject({ numerator: withWbl, denominator: concentrators.length });
    const bySchool = year.perkins.indicator5S1.breakdown;
    expect(bySchool.map((g: { school: { id: string } }) => g.school.id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    for (const group of bySchool) {
      expect(group.gap).toBeCloseTo(group.numerator / group.denominator - withCredential / concentrators.length, 3);
    }
    const [cohort] = await db.dataSource.query(`SELECT count(*)::int AS n FROM students.students WHERE cohort = 2026`);
    expect(year.graduatingCohort.students.value).toBe(cohort.n);
    // One call per owner and family for the whole year, asking about exactly the students the rates need.
    const cohortIds: { id: string }[] = await db.dataSource.query(`SELECT id FROM students.students WHERE cohort = 2026`);
    expect(year.graduatingCohort.advancedCreditOrCredentialRate).toMatchObject({
      numerator: cohortIds.filter((s) => credentialFlags.get(s.id)?.advancedCreditOrCredential).length,
      denominator: cohort.n,
    });
    const asked = peerCalls.map((call) => ({ ...call, studentIds: [...call.studentIds].sort() }));
    expect(asked).toHaveLength(3);
    expect(asked).toEqual(
      expect.arrayContaining([
        { field: 'reportingOutcomeSet', schoolYear: YEAR, studentIds: [...concentrators].sort() },
        { field: 'reportingWorkBasedLearningSet', schoolYear: YEAR, studentIds: [...concentrators].sort() },
        { field: 'reportingOutcomeSet', schoolYear: YEAR, studentIds: cohortIds.map((s) => s.id).sort() },
      ]),
    );
  });

  it('withholds the small school rates from an ANALYST', async () => {
    const result = await run(testCaller('ANALYST'));
    expect(result.errors).toBeUndefined();
    const perkins = (result.data as { schoolYear: any }).schoolYear.perkins;
    // School B: 12 concentrators of whom fewer than 10 hold a credential (or fewer than 10 do not).
    const b = perkins.indicator5S1.breakdown.find((g: { key: string }) => g.key === schoolB.id);
    expect(b).toMatchObject({ numerator: null, denominator: null, suppressed: true, gap: null });
    const a = perkins.indicator5S1.breakdown.find((g: { key: string }) => g.key === schoolA.id);
    expect(a.suppressed).toBe(true);
  });

  it('lists school years and refuses a backwards range', async () => {
    const years = await run(DISTRICT_ADMIN, `{ schoolYears(from: "2023-2024", to: "2025-2026") { id } none: schoolYear(id: "2025") { id } }`);
    expect(years.data).toEqual({ schoolYears: [{ id: '2023-2024' }, { id: '2024-2025' }, { id: '2025-2026' }], none: null });
    const backwards = await run(DISTRICT_ADMIN, `{ schoolYears(from: "2025-2026", to: "2023-2024") { id } }`);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

// Issue 19 item 6: per-school tables that add up to the district list every school, not only the high schools.
describe('the schools of a school year', () => {
  it('are the high schools by default, and every school of the kinds asked for, by name', async () => {
    const middle = await make.school({ name: 'Aardvark Middle School', kind: 'MIDDLE', gradeLow: 6, gradeHigh: 8 });
    const elementary = await make.school({ name: 'Zinnia Elementary School', kind: 'ELEMENTARY', gradeLow: 0, gradeHigh: 5 });
    const result = await run(
      testCaller('ANALYST'),
      `query($year: ID!) { schoolYear(id: $year) {
        high: schools { id }
        middle: schools(kinds: [MIDDLE]) { id kind }
        every: schools(kinds: [HIGH, ELEMENTARY, MIDDLE]) { id name }
        none: schools(kinds: []) { id }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    const year = (result.data as { schoolYear: Record<string, Array<{ id: string; name?: string; kind?: string }>> }).schoolYear;
    const byName = (schools: Array<{ id: string; name: string }>) => [...schools].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((s) => s.id);
    expect(year.high.map((s) => s.id)).toEqual(byName([schoolA, schoolB]));
    expect(year.middle).toEqual([{ id: middle.id, kind: 'MIDDLE' }]);
    expect(year.every.map((s) => s.id)).toEqual(byName([middle, schoolA, schoolB, elementary]));
    expect(year.every[0].name).toBe('Aardvark Middle School');
    expect(year.none).toEqual([]);
  });
});
