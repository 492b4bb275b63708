import { SQL_COUNT_HEADER } from '@careergraph/kit';
import { OPERATIONS } from '../../benchmarks/src/operations';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * No N+1 anywhere: each operation below sends the same number of SQL statements (summed over every
 * subgraph the gateway calls) whatever its page size, because every entity reference and nested list
 * is batched per request. Pinned, so a new per-row query shows up here. Before the nested connections
 * were batched, pages of 1/10/100 sent: partner's placements 5/14/56, opportunities 6/24/204,
 * partners 7/34/184 (the roster was already 11/11/11; 10 since its partners fetches from parallel
 * branches go as one request, where one DataLoader reads partners for placements and issuers).
 */
const STATEMENTS = { roster: 10, partnerPlacements: 5, opportunities: 6, partners: 7 };
let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

async function counted(query: string, variables: Record<string, unknown>) {
  const result = await supergraph.request<any, Record<string, unknown>>(query, variables, undefined, { [SQL_COUNT_HEADER]: '1' });
  expect(result.errors).toBeUndefined();
  expect(typeof result.extensions?.sqlStatements).toBe('number');
  return { data: result.data, statements: result.extensions!.sqlStatements as number };
}

const PAGE_SIZES = [1, 10, 100];

/** Runs the operation at each page size; returns the statement counts after checking the row counts. */
async function countsFor(query: string, variables: (first: number) => Record<string, unknown>, rows: (data: any) => number, available: number) {
  const counts: number[] = [];
  for (const first of PAGE_SIZES) {
    const { data, statements } = await counted(query, variables(first));
    expect(rows(data)).toBe(Math.min(first, available));
    counts.push(statements);
  }
  return counts;
}

const ROSTER = `query Roster($schoolId: ID!, $first: Int, $after: String) {
  students(filter: { schoolId: $schoolId }, first: $first, after: $after) {
    edges { cursor node { preferredName school { name } enrollments { program { name } }
      placements { partner { name } opportunity { title } approvedHours }
      credentials { credential { name issuer { name } } } } }
  }
}`;

const PARTNER_PLACEMENTS = `query PartnerPlacements($id: ID!, $first: Int) {
  partner(id: $id) { placements(first: $first) { edges { node {
    student { preferredName }
    timeEntries(status: SUBMITTED, first: 5) { edges { node { workDate } } }
    supervisor { firstName } } } } }
}`;

const OPPORTUNITIES = `query Opportunities($first: Int) {
  opportunities(first: $first) { edges { node { partner { name } worksite { name } slotsRemaining placements(first: 5) { totalCount } } } }
}`;

const PARTNERS = `query Partners($first: Int) {
  partners(first: $first) { edges { node { worksites { name } contacts { firstName }
    opportunities(first: 3) { edges { node { title } } } credentialsIssued { name } placements(first: 3) { totalCount } } } }
}`;

describe('SQL statements per operation through the gateway do not grow with the page size', () => {
  it('reports the count only when asked', async () => {
    const plain = await supergraph.request<any, Record<string, unknown>>(OPPORTUNITIES, { first: 1 });
    expect(plain.errors).toBeUndefined();
    expect(plain.extensions?.sqlStatements).toBeUndefined();
    const asked = await counted(OPPORTUNITIES, { first: 1 });
    expect(asked.statements).toBeGreaterThan(0);
  });

  it('a school roster with schools, enrollments, placements and credentials', async () => {
    // Pages start at a student with enrollments, placements and credentials, so even a page of one
    // reaches every subgraph and table the roster touches; the school still has 100 students from there.
    const schools = await counted(`{ schools(first: 100) { edges { node { id students(first: 0) { totalCount } } } } }`, {});
    let start: { schoolId: string; after: string | null; available: number } | undefined;
    for (const { node: school } of schools.data.schools.edges) {
      const edges = (await counted(ROSTER, { schoolId: school.id, first: 100 })).data.students.edges;
      const full = edges.findIndex(({ node }: any) => node.enrollments.length && node.placements.length && node.credentials.length);
      if (full >= 0 && school.students.totalCount - full >= 100) {
        start = { schoolId: school.id, after: full > 0 ? edges[full - 1].cursor : null, available: school.students.totalCount - full };
        break;
      }
    }
    expect(start).toBeDefined();
    const { schoolId, after, available } = start!;
    const counts = await countsFor(ROSTER, (first) => ({ schoolId, first, after }), (d) => d.students.edges.length, available);
    expect(counts).toEqual([STATEMENTS.roster, STATEMENTS.roster, STATEMENTS.roster]);
  });

  it("a partner's placements with submitted time entries and supervisors", async () => {
    const partners = await counted(`{ partners(first: 100) { edges { node { id placements(first: 0) { totalCount } } } } }`, {});
    const busiest = partners.data.partners.edges.map((e: any) => e.node).sort((a: any, b: any) => b.placements.totalCount - a.placements.totalCount)[0];
    const counts = await countsFor(PARTNER_PLACEMENTS, (first) => ({ id: busiest.id, first }), (d) => d.partner.placements.edges.length, busiest.placements.totalCount);
    expect(counts).toEqual([STATEMENTS.partnerPlacements, STATEMENTS.partnerPlacements, STATEMENTS.partnerPlacements]);
  });

  it('an opportunities page with partners, worksites, slots and placement counts', async () => {
    const total = (await counted(`{ opportunities(first: 0) { totalCount } }`, {})).data.opportunities.totalCount;
    const counts = await countsFor(OPPORTUNITIES, (first) => ({ first }), (d) => d.opportunities.edges.length, total);
    expect(counts).toEqual([STATEMENTS.opportunities, STATEMENTS.opportunities, STATEMENTS.opportunities]);
  });

  it('a partners page with worksites, contacts, opportunities, credentials and placement counts', async () => {
    const total = (await counted(`{ partners(first: 0) { totalCount } }`, {})).data.partners.totalCount;
    const counts = await countsFor(PARTNERS, (first) => ({ first }), (d) => d.partners.edges.length, total);
    expect(counts).toEqual([STATEMENTS.partners, STATEMENTS.partners, STATEMENTS.partners]);
  });
});

/** The operations `npm run bench` loads (benchmarks/src/operations.ts), whose counts it prints. */
describe('the benchmark operations send as many SQL statements whatever their size', () => {
  const operation = (name: string) => OPERATIONS.find((op) => op.name === name)!;

  it("a student's full view, for students with one to many placements and credentials", async () => {
    const { query } = operation('studentFullView');
    const bySize = new Map<number, string>();
    // Every list non-empty: an empty one rightly skips the statements its items would need (a
    // student in no program sends none for programs and courses, one with only applications not
    // offered yet none for supervisors).
    let after: string | null = null;
    for (let pages = 0; pages < 5 && bySize.size < 2; pages++) {
      const students = await counted(
        `query($after: String) { students(first: 100, after: $after) {
          edges { node { id enrollments { id } placements { id supervisor { id } } credentials { id } } } pageInfo { endCursor } } }`,
        { after },
      );
      for (const { node } of students.data.students.edges) {
        const size = node.placements.length + node.credentials.length;
        const supervised = node.placements.some((p: { supervisor: unknown }) => p.supervisor);
        if (node.enrollments.length > 0 && supervised && node.credentials.length > 0 && !bySize.has(size)) bySize.set(size, node.id);
      }
      after = students.data.students.pageInfo.endCursor;
    }
    expect(bySize.size).toBeGreaterThanOrEqual(2);
    const counts = [];
    for (const id of bySize.values()) counts.push((await counted(query, { id })).statements);
    expect(new Set(counts).size).toBe(1);
  });

  it('a school roster page of 1, 10 and 100 students with placements and credentials', async () => {
    const { query } = operation('schoolRoster50');
    // From a student with placements and credentials on, so even a page of one reaches every table.
    const schools = await counted(`{ schools(first: 100) { edges { node { id students(first: 0) { totalCount } } } } }`, {});
    let start: { schoolId: string; after: string | null; available: number } | undefined;
    for (const { node: school } of schools.data.schools.edges) {
      const edges = (await counted(query, { schoolId: school.id, first: 100 })).data.students.edges;
      const full = edges.findIndex(({ node }: any) => node.placements.length && node.credentials.length);
      if (full >= 0 && school.students.totalCount - full >= 100) {
        start = { schoolId: school.id, after: full > 0 ? edges[full - 1].cursor : null, available: school.students.totalCount - full };
        break;
      }
    }
    expect(start).toBeDefined();
    const { schoolId, after, available } = start!;
    const counts = await countsFor(query, (first) => ({ schoolId, first, after }), (d) => d.students.edges.length, available);
    expect(new Set(counts).size).toBe(1);
  });

  it("a partner's active placements with their pending time entries, 1, 10 and 100 at a time", async () => {
    const { query } = operation('partnerActivePlacements');
    const partners = await counted(`{ partners(first: 100) { edges { node { id placements(status: ACTIVE, first: 0) { totalCount } } } } }`, {});
    const busiest = partners.data.partners.edges.map((e: any) => e.node).sort((a: any, b: any) => b.placements.totalCount - a.placements.totalCount)[0];
    expect(busiest.placements.totalCount).toBeGreaterThan(1);
    const counts = await countsFor(query, (first) => ({ id: busiest.id, first }), (d) => d.partner.placements.edges.length, busiest.placements.totalCount);
    expect(new Set(counts).size).toBe(1);
  });
});

/**
 * Subgraph HTTP requests per operation: a request's fetches to one subgraph go as one request, and
 * fetches of parallel plan branches wait for each other (gateway/src/performance/fetch-waves.ts), so
 * the full view's five partners fetches (placements' partner, worksite, supervisor and opportunity;
 * credentials' issuer) are one request.
 */
describe('subgraph requests per benchmark operation', () => {
  async function requestsPerSubgraph(query: string, variables: Record<string, unknown>) {
    const seen: Record<string, number> = {};
    const stop = supergraph.onSubgraphRequest((subgraph) => {
      seen[subgraph] = (seen[subgraph] ?? 0) + 1;
    });
    try {
      const result = await supergraph.request<any, Record<string, unknown>>(query, variables);
      expect(result.errors).toBeUndefined();
      return { data: result.data, seen };
    } finally {
      stop();
    }
  }

  it("a student's full view asks each subgraph once", async () => {
    const students = await counted(`{ students(first: 100) { edges { node { id placements { id } credentials { id } } } } }`, {});
    const student = students.data.students.edges.find(({ node }: any) => node.placements.length > 0 && node.credentials.length > 0).node;
    const { data, seen } = await requestsPerSubgraph(OPERATIONS.find((op) => op.name === 'studentFullView')!.query, { id: student.id });
    expect(data.student.placements[0].partner.name).toEqual(expect.any(String));
    expect(data.student.credentials[0].credential.name).toEqual(expect.any(String));
    expect(seen).toEqual({ students: 1, placements: 1, credentials: 1, partners: 1 });
  });
});
