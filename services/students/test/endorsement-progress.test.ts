import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type Caller, createLogger } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, type TestDataSource, testCaller } from '@careergraph/kit/testing';
import { parse } from 'graphql';
import { loadStudentsSettings } from '../src/config/students-settings';
import { studentsSubgraph } from '../src/server';
import { studentsFactories } from './factories';

const YEAR = '2025-2026';
const TODAY = '2026-03-02';
let db: TestDataSource;
let make: ReturnType<typeof studentsFactories>;
let server: ReturnType<typeof studentsSubgraph.build>;
const peers: ApolloServer[] = [];
const urls: Record<string, string> = {};
/** What the stand-in owners hold, by student id; and the calls they received. */
const facts = new Map<string, Record<string, number | boolean>>();
const calls: { field: string; schoolYear: string; studentIds: string[] }[] = [];

/** TEST PEERS standing in for experiences, placements and credentials' SERVICE-only endorsement fields, with their real names and shapes. */
async function startPeer(field: string, type: string, fields: Record<string, string>, factOf: (name: string) => string = (name) => name) {
  const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query { ${field}(schoolYear: ID!, studentIds: [ID!]!): [${type}!]! }
    type ${type} { studentId: ID! ${Object.entries(fields).map(([name, t]) => `${name}: ${t}!`).join(' ')} }`;
  const resolve = (_: unknown, args: { schoolYear: string; studentIds: string[] }) => {
    calls.push({ field, ...args });
    return args.studentIds
      .filter((id) => Object.keys(fields).some((name) => facts.get(id)?.[factOf(name)] !== undefined))
      .map((id) => ({ studentId: id, ...Object.fromEntries(Object.keys(fields).map((name) => [name, facts.get(id)?.[factOf(name)] ?? (fields[name] === 'Boolean' ? false : 0)])) }));
  };
  const peer = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: { Query: { [field]: resolve } } as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  peers.push(peer);
  return (await startStandaloneServer(peer, { listen: { port: 0, host: '127.0.0.1' } })).url;
}

const build = (env: Record<string, string> = {}) =>
  studentsSubgraph.build(
    { dataSource: db.dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: urls },
    { ...loadStudentsSettings(env), today: () => TODAY },
  );

let schoolA: Awaited<ReturnType<typeof make.school>>;
let schoolB: Awaited<ReturnType<typeof make.school>>;
let senior: { id: string };
let junior: { id: string };
let freshman: { id: string };

beforeAll(async () => {
  urls.experiences = await startPeer('reportingExperiencesAttended', 'StudentExperiencesAttended', { careerExplorationActivities: 'Int', teamChallenges: 'Int' });
  urls.placements = await startPeer('reportingWorkBasedLearningHours', 'StudentWorkBasedLearningHours', { hours: 'Float' }, () => 'workBasedLearningHours');
  urls.credentials = await startPeer('reportingEndorsementFacts', 'EndorsementCredentialFacts', { earlyCollegeCreditHours: 'Float', mathReady: 'Boolean', englishReady: 'Boolean' });
  db = await openTestDataSource(studentsSubgraph.schema);
  make = studentsFactories(db.dataSource);
  schoolA = await make.school();
  schoolB = await make.school();
  senior = await make.student(schoolA, { cohort: 2026, gradeLevel: 12 });
  junior = await make.student(schoolA, { cohort: 2027, gradeLevel: 11 });
  freshman = await make.student(schoolB, { cohort: 2029, gradeLevel: 9 });
  facts.set(senior.id, { careerExplorationActivities: 3, teamChallenges: 2, workBasedLearningHours: 61.5, earlyCollegeCreditHours: 6, mathReady: true, englishReady: true });
  facts.set(junior.id, { careerExplorationActivities: 1, teamChallenges: 1, workBasedLearningHours: 42, earlyCollegeCreditHours: 3, mathReady: true });
  server = build();
}, 300_000);

afterAll(async () => {
  await server?.stop();
  for (const peer of peers) await peer.stop();
  await db?.close();
});

const PROGRESS = `query($id: ID!) { student(id: $id) { endorsementProgress {
  endorsement requirements { key recorded met progress missing } requirementsMet requirementsTotal earned onTrack } } }`;

async function progressOf(id: string, caller: Caller = DISTRICT_ADMIN, on = server) {
  const result = await on.execute({ query: PROGRESS, variables: { id } }, { caller });
  return { errors: result.errors, progress: (result.data as { student: { endorsementProgress: any } | null })?.student?.endorsementProgress };
}

describe('Student.endorsementProgress', () => {
  it('meets every requirement CareerGraph records and lists the individualized plan as not recorded', async () => {
    const { errors, progress } = await progressOf(senior.id);
    expect(errors).toBeUndefined();
    expect(progress).toMatchObject({ endorsement: 'Illinois College and Career Pathway Endorsement', requirementsTotal: 7, requirementsMet: 6, earned: true, onTrack: true });
    expect(progress.requirements[0]).toEqual({ key: 'INDIVIDUALIZED_LEARNING_PLAN', recorded: false, met: false, progress: 'Not recorded in CareerGraph', missing: 'Confirmation by the school (not recorded in CareerGraph)' });
    expect(progress.requirements.find((r: { key: string }) => r.key === 'WORK_BASED_LEARNING_HOURS')).toEqual({
      key: 'WORK_BASED_LEARNING_HOURS', recorded: true, met: true, progress: '61.5 of 60 hours', missing: null,
    });
  });

  it('says what is missing of each unmet requirement, and a junior behind half-way is not on track', async () => {
    const { progress } = await progressOf(junior.id);
    const byKey = Object.fromEntries(progress.requirements.map((r: { key: string }) => [r.key, r]));
    expect(byKey.CAREER_EXPLORATION_ACTIVITIES).toMatchObject({ met: false, progress: '1 of 2 activities', missing: '1 more activities' });
    expect(byKey.TEAM_BASED_CHALLENGES).toMatchObject({ met: false, missing: '1 more challenges' });
    expect(byKey.WORK_BASED_LEARNING_HOURS).toMatchObject({ met: false, progress: '42 of 60 hours', missing: '18 more hours' });
    expect(byKey.EARLY_COLLEGE_CREDIT_HOURS).toMatchObject({ met: false, progress: '3 of 6 credit hours', missing: '3 more credit hours' });
    expect(byKey.MATH_READINESS).toMatchObject({ met: true, missing: null });
    expect(byKey.ENGLISH_READINESS).toMatchObject({ met: false, missing: '1 more determination of college readiness' });
    // Grade 11: every recorded requirement must be half-way; English readiness is not.
    expect(progress).toMatchObject({ requirementsMet: 1, earned: false, onTrack: false });
  });

  it('puts a freshman with nothing recorded on track (nothing is expected yet)', async () => {
    expect((await progressOf(freshman.id)).progress).toMatchObject({ requirementsMet: 0, earned: false, onTrack: true });
  });

  it("follows the district's requirement table when configured", async () => {
    const custom = build({
      ENDORSEMENT_REQUIREMENTS: JSON.stringify({ name: 'District pathway seal', requirements: [{ key: 'WORK_BASED_LEARNING_HOURS', description: '40 hours', target: 40 }] }),
    });
    try {
      const { progress } = await progressOf(junior.id, DISTRICT_ADMIN, custom);
      expect(progress).toEqual({
        endorsement: 'District pathway seal',
        requirements: [{ key: 'WORK_BASED_LEARNING_HOURS', recorded: true, met: true, progress: '42 of 40 hours', missing: null }],
        requirementsMet: 1, requirementsTotal: 1, earned: true, onTrack: true,
      });
    } finally {
      await custom.stop();
    }
    expect(() => loadStudentsSettings({ ENDORSEMENT_REQUIREMENTS: '{"name":"x","requirements":[{"key":"NAPS","description":"d","target":1}]}' })).toThrow(/ENDORSEMENT_REQUIREMENTS: has an unknown requirement key "NAPS"/);
  });

  it('is read by the student and staff of their school, refused to staff of another school', async () => {
    expect((await progressOf(junior.id, testCaller('STUDENT', { studentId: junior.id }))).progress).toMatchObject({ requirementsTotal: 7 });
    expect((await progressOf(junior.id, testCaller('SCHOOL_STAFF', { schoolIds: [schoolA.id] }))).progress).toMatchObject({ requirementsTotal: 7 });
    const refused = await progressOf(junior.id, testCaller('SCHOOL_STAFF', { schoolIds: [schoolB.id] }));
    expect(refused.progress).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('asks each owner once for a page of students', async () => {
    calls.length = 0;
    const result = await server.execute(
      { query: `{ students(first: 10) { edges { node { id endorsementProgress { requirementsMet } } } } }` },
      { caller: DISTRICT_ADMIN },
    );
    expect(result.errors).toBeUndefined();
    expect(calls.map((call) => call.field).sort()).toEqual(['reportingEndorsementFacts', 'reportingExperiencesAttended', 'reportingWorkBasedLearningHours']);
    expect(calls.every((call) => call.schoolYear === YEAR && call.studentIds.length === 3)).toBe(true);
  });
});

describe('SchoolYear.endorsement', () => {
  it('counts students in grades 9–12 earned and on track, by school', async () => {
    const result = await server.execute(
      { query: `query($year: ID!) { schoolYear(id: $year) { endorsement { hasData students { value } studentsEarned { value } studentsOnTrack { value breakdown(by: SCHOOL) { key value } } } } }`, variables: { year: YEAR } },
      { caller: DISTRICT_ADMIN },
    );
    expect(result.errors).toBeUndefined();
    const endorsement = (result.data as { schoolYear: { endorsement: any } }).schoolYear.endorsement;
    expect(endorsement).toMatchObject({ students: { value: 3 }, studentsEarned: { value: 1 }, studentsOnTrack: { value: 2 } });
    const bySchool = Object.fromEntries(endorsement.studentsOnTrack.breakdown.map((g: { key: string; value: number }) => [g.key, g.value]));
    expect(bySchool).toEqual({ [schoolA.id]: 1, [schoolB.id]: 1 });
  });
});
