import { SQL_COUNT_HEADER } from '@careergraph/kit';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * No N+1 anywhere: each operation below sends the same number of SQL statements (summed over every
 * subgraph the gateway calls) whatever its page size, because every entity reference and nested list
 * is batched per request. Totals on the demo data (1, 10 and 100 rows): roster 16, partner's placements
 * 10, opportunities 10, partners 12 — see the expectations below.
 */
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

const ROSTER = `query Roster($schoolId: ID!, $first: Int) {
  students(filter: { schoolId: $schoolId }, first: $first) {
    edges { node { preferredName school { name } enrollments { program { name } }
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
    const schools = await counted(`{ schools(first: 100) { edges { node { id students(first: 0) { totalCount } } } } }`, {});
    const largest = schools.data.schools.edges.map((e: any) => e.node).sort((a: any, b: any) => b.students.totalCount - a.students.totalCount)[0];
    const counts = await countsFor(ROSTER, (first) => ({ schoolId: largest.id, first }), (d) => d.students.edges.length, largest.students.totalCount);
    expect(largest.students.totalCount).toBeGreaterThanOrEqual(100);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it("a partner's placements with submitted time entries and supervisors", async () => {
    const partners = await counted(`{ partners(first: 100) { edges { node { id placements(first: 0) { totalCount } } } } }`, {});
    const busiest = partners.data.partners.edges.map((e: any) => e.node).sort((a: any, b: any) => b.placements.totalCount - a.placements.totalCount)[0];
    const counts = await countsFor(PARTNER_PLACEMENTS, (first) => ({ id: busiest.id, first }), (d) => d.partner.placements.edges.length, busiest.placements.totalCount);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('an opportunities page with partners, worksites, slots and placement counts', async () => {
    const total = (await counted(`{ opportunities(first: 0) { totalCount } }`, {})).data.opportunities.totalCount;
    const counts = await countsFor(OPPORTUNITIES, (first) => ({ first }), (d) => d.opportunities.edges.length, total);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('a partners page with worksites, contacts, opportunities, credentials and placement counts', async () => {
    const total = (await counted(`{ partners(first: 0) { totalCount } }`, {})).data.partners.totalCount;
    const counts = await countsFor(PARTNERS, (first) => ({ first }), (d) => d.partners.edges.length, total);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});
