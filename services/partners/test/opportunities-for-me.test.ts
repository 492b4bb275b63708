import { randomUUID } from 'node:crypto';
import { addDays, addYears, type Caller, countStatements, createLogger, today } from '@careergraph/kit';
import { DISTRICT_ADMIN, openTestDataSource, testCaller, type TestDataSource } from '@careergraph/kit/testing';
import type { OpportunityEntity, PartnerEntity } from '../src/entities';
import { loadPartnersSettings } from '../src/config/partners-settings';
import { partnersSubgraph } from '../src/server';
import { partnersFactories } from './factories';
import { MatchingOwnersTestPeer } from './support/matching-owners-test-peer';

let db: TestDataSource;
let server: ReturnType<typeof partnersSubgraph.build>;
let peer: MatchingOwnersTestPeer;
const studentId = randomUUID();
const programId = randomUUID();
const student = testCaller('STUDENT', { studentId });
const SCHOOL = { latitude: 41.8781, longitude: -87.6298 };
const o: Record<string, OpportunityEntity> = {};

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
  peer = new MatchingOwnersTestPeer();
  const url = await peer.start();
  server = partnersSubgraph.build(
    { dataSource: db.dataSource, logger: createLogger('test', 'silent'), production: false, subgraphUrls: { students: url, placements: url } },
    loadPartnersSettings({}),
  );
  peer.students.set(studentId, {
    id: studentId,
    // 16 and a month today.
    dateOfBirth: addDays(addYears(today(), -16), -30),
    gradeLevel: 11,
    enrollmentStatus: 'ENROLLED',
    school: { id: randomUUID(), location: SCHOOL },
    enrollments: [{ endDate: null, program: { id: programId, careerCluster: 'HEALTH_SCIENCE' } }],
    careerInterests: {
      clusters: ['INFORMATION_TECHNOLOGY', 'FINANCE'],
      inventory: { name: 'Career Clusters Interest Survey', clusters: ['MARKETING'] },
    },
  });
  const make = partnersFactories(db.dataSource);
  const partner: PartnerEntity = await make.activePartner();
  const published = (overrides: Partial<OpportunityEntity>) => make.opportunity(partner, { status: 'PUBLISHED', publishedAt: new Date(), ...overrides });
  const far = await make.worksite(partner, { latitude: SCHOOL.latitude + 0.18, longitude: SCHOOL.longitude });
  const near = await make.worksite(partner, { latitude: SCHOOL.latitude + 0.009, longitude: SCHOOL.longitude, transitAccess: 'CTA Blue Line, Clark/Lake' });
  o.program = await published({ title: 'Hospital aide', careerCluster: 'HEALTH_SCIENCE', programId, worksiteId: far.id });
  o.interest1 = await published({ title: 'Help desk', careerCluster: 'INFORMATION_TECHNOLOGY', worksiteId: near.id, startDate: addDays(today(), 1) });
  o.interest2 = await published({ title: 'Bank teller', careerCluster: 'FINANCE', continuumType: 'CAREER_EXPLORATION' });
  o.inventory = await published({ title: 'Street team', careerCluster: 'MARKETING', compensationKind: 'UNPAID', hourlyRate: null });
  o.tooYoung = await published({ title: 'Forklift', careerCluster: 'MANUFACTURING', minimumAge: 18, gradeLevels: [12], startDate: addDays(today(), 20) });
  o.full = await published({ title: 'Drafting', careerCluster: 'ARCHITECTURE_AND_CONSTRUCTION', slots: 2, startDate: addDays(today(), 30) });
  o.ended = await published({ title: 'Summer camp', careerCluster: 'HUMAN_SERVICES', minimumAge: 14, startDate: addDays(today(), -90), endDate: addDays(today(), -30) });
  await make.opportunity(partner, { title: 'Draft', careerCluster: 'INFORMATION_TECHNOLOGY' });
  peer.slotsHeld.set(o.full.id, 2);
  peer.slotsHeld.set(o.interest1.id, 1);
});

afterAll(async () => {
  await server.stop();
  await peer.stop();
  await db.close();
});

const MATCHES = `query ($filter: OpportunityMatchFilter, $includeIneligible: Boolean, $first: Int, $after: String) {
  opportunitiesForMe(filter: $filter, includeIneligible: $includeIneligible, first: $first, after: $after) {
    totalCount
    edges { node { score whyRecommended distanceKm eligible failedRules { rule message } opportunity { id title partner { id } worksite { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const run = (variables: Record<string, unknown> = {}, caller: Caller = student) => server.execute({ query: MATCHES, variables }, { caller });

async function titles(variables: Record<string, unknown>): Promise<string[]> {
  const result = await run(variables);
  expect(result.errors).toBeUndefined();
  return (result.data as any).opportunitiesForMe.edges.map((e: any) => e.node.opportunity.title);
}

describe('opportunitiesForMe', () => {
  it('ranks eligible opportunities with slots by program, ranked interest, inventory, then nearness, and says why', async () => {
    const result = await run();
    expect(result.errors).toBeUndefined();
    const { edges, totalCount } = (result.data as any).opportunitiesForMe;
    expect(totalCount).toBe(4);
    expect(edges.map((e: any) => [e.node.opportunity.title, e.node.score])).toEqual([
      ['Hospital aide', 1000],
      ['Help desk', 509],
      ['Bank teller', 400],
      ['Street team', 50],
    ]);
    expect(edges[0].node.whyRecommended).toEqual(['Offered for your career pathway program', expect.stringMatching(/^20\.\d km from your school$/)]);
    expect(edges[1].node).toMatchObject({
      distanceKm: 1,
      eligible: true,
      failedRules: [],
      whyRecommended: ['Matches your #1 interest: Information Technology', '1.0 km from your school', 'Reachable by transit: CTA Blue Line, Clark/Lake'],
    });
    expect(edges[2].node.whyRecommended).toEqual(['Matches your #2 interest: Finance']);
    expect(edges[3].node.whyRecommended).toEqual(['Matches your Career Clusters Interest Survey result: Marketing']);
  });

  it('lists every rule an ineligible opportunity fails, after the eligible ones, when asked', async () => {
    const result = await run({ includeIneligible: true });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as any).opportunitiesForMe.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.opportunity.title, n.eligible])).toEqual([
      ['Hospital aide', true],
      ['Help desk', true],
      ['Bank teller', true],
      ['Street team', true],
      ['Summer camp', false],
      ['Forklift', false],
      ['Drafting', false],
    ]);
    const rules = (n: any) => n.failedRules.map((f: any) => f.rule);
    expect(rules(nodes[4])).toEqual(['OPPORTUNITY_ENDED']);
    expect(rules(nodes[5])).toEqual(['MINIMUM_AGE', 'GRADE_LEVEL']);
    expect(nodes[5].failedRules[1].message).toBe('Open to grades 12; you are in grade 11.');
    expect(rules(nodes[6])).toEqual(['NO_SLOTS_LEFT']);
  });

  it.each([
    ['career clusters', { careerClusters: ['FINANCE', 'INFORMATION_TECHNOLOGY'] }, ['Help desk', 'Bank teller']],
    ['continuum types', { continuumTypes: ['CAREER_EXPLORATION'] }, ['Bank teller']],
    ['CEDS types', { cedsTypes: ['JOB_SHADOWING'] }, []],
    ['unpaid', { paid: false }, ['Street team']],
    ['dates', { to: addDays(today(), 5) }, ['Help desk']],
    ['distance from the school', { maxDistanceKm: 5 }, ['Help desk']],
    ['transit access', { transitAccessible: true }, ['Help desk']],
  ])('filters by %s', async (_case, filter, expected) => {
    expect(await titles({ filter })).toEqual(expected);
  });

  it('refuses a bad distance and a foreign cursor', async () => {
    const bad = await run({ filter: { maxDistanceKm: 0 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.maxDistanceKm' });
    const cursor = await run({ after: 'not-a-cursor' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers students only', async () => {
    for (const caller of [DISTRICT_ADMIN, testCaller('PARTNER_USER', { partnerId: randomUUID() }), testCaller('SCHOOL_STAFF')]) {
      const result = await run({}, caller);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_POLICY' });
    }
  });

  it('pages the same ranking stably, with statements and owner requests constant in the page size', async () => {
    const PAGE = `query ($after: String, $first: Int) {
      opportunitiesForMe(includeIneligible: true, first: $first, after: $after) {
        edges { node { score opportunity { title partner { name } } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const everything = await titles({ includeIneligible: true });
    const seen: string[] = [];
    let after: string | null = null;
    const costs = new Set<string>();
    for (let pages = 0; pages < 10; pages++) {
      const requestsBefore = peer.callers.length;
      const { result, statements } = await countStatements(() =>
        server.execute({ query: PAGE, variables: { first: pages === 0 ? 1 : 3, after } }, { caller: student }),
      );
      expect(result.errors).toBeUndefined();
      const connection = (result.data as any).opportunitiesForMe;
      seen.push(...connection.edges.map((e: any) => e.node.opportunity.title));
      // The candidates, the page's partners and whether they publish (the student's scope): one batch each; one request each to students and placements.
      costs.add(`${statements}/${peer.callers.length - requestsBefore}`);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
    expect([...costs]).toEqual(['3/2']);
    expect(peer.callers.every((caller) => caller.role === 'SERVICE' && caller.subject === 'service:partners')).toBe(true);
  });
});
