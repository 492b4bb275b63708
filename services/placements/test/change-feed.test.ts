import { countStatements } from '@careergraph/kit';
import { testCaller } from '@careergraph/kit/testing';
import { randomUUID } from 'node:crypto';
import { EvaluationEntity, type PlacementEntity } from '../src/entities';
import { PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();

beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop(), 60_000);

// Rows are stamped explicitly (an insert may give updated_at) so the order is known; later writes get the clock's time.
const SINCE = '2026-03-01T10:00:00.000Z';
const at = (iso: string) => new Date(iso);

const PLACEMENTS = `query($filter: PlacementFilter, $first: Int, $after: String) {
  placements(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id updatedAt } } pageInfo { hasNextPage endCursor } }
}`;
const TIME_ENTRIES = `query($filter: TimeEntryFilter, $first: Int, $after: String) {
  timeEntries(filter: $filter, first: $first, after: $after) { edges { node { id updatedAt } } pageInfo { hasNextPage endCursor } }
}`;

type Page = { totalCount?: number; edges: { node: { id: string; updatedAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Every id of a feed, read one page of `first` at a time through the cursors. */
async function readFeed(field: 'placements' | 'timeEntries', filter: Record<string, unknown>, first: number, caller = testCaller('DISTRICT_ADMIN')) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await h.runAs(caller, field === 'placements' ? PLACEMENTS : TIME_ENTRIES, { filter, first, after });
    expect(result.errors).toBeUndefined();
    const page = (result.data as Record<string, Page>)[field];
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

const byId = (a: PlacementEntity, b: PlacementEntity) => (a.id < b.id ? -1 : 1);

describe('changedSince', () => {
  const partnerA = h.peer.partner();
  const partnerB = h.peer.partner();
  let unchanged: PlacementEntity;
  let tied: PlacementEntity[];
  let later: PlacementEntity;
  let other: PlacementEntity;

  // A real opportunity and supervisor at the test peer: approving hours checks their standing.
  const placementOf = (partner: typeof partnerA, updatedAt: string) => {
    const opportunity = h.peer.opportunity({ partner });
    const supervisor = h.peer.supervisor(partner);
    return h.make.placement(
      { studentId: randomUUID(), opportunityId: opportunity.id, partnerId: partner.id, supervisorId: supervisor.id, schoolId: randomUUID() },
      { updatedAt: at(updatedAt) },
    );
  };

  beforeAll(async () => {
    // Exactly at SINCE is not after it; one millisecond later is (cursor and filter keep milliseconds).
    unchanged = await placementOf(partnerA, SINCE);
    tied = [await placementOf(partnerA, '2026-03-01T10:00:00.001Z'), await placementOf(partnerA, '2026-03-01T10:00:00.001Z')].sort(byId);
    later = await placementOf(partnerA, '2026-03-01T11:00:00.000Z');
    other = await placementOf(partnerB, '2026-03-01T10:30:00.000Z');
  });

  it('lists only placements changed after the instant, oldest change first, paging across equal timestamps', async () => {
    const first = await h.run(PLACEMENTS, { filter: { changedSince: SINCE }, first: 10 });
    expect((first.data as { placements: Page }).placements).toMatchObject({
      totalCount: 4,
      edges: [
        { node: { id: tied[0].id, updatedAt: '2026-03-01T10:00:00.001Z' } },
        { node: { id: tied[1].id, updatedAt: '2026-03-01T10:00:00.001Z' } },
        { node: { id: other.id } },
        { node: { id: later.id, updatedAt: '2026-03-01T11:00:00.000Z' } },
      ],
    });
    expect(await readFeed('placements', { changedSince: SINCE }, 1)).toEqual([tied[0].id, tied[1].id, other.id, later.id]);
    expect(await readFeed('placements', { changedSince: '2026-03-01T10:00:00.001Z' }, 1)).toEqual([other.id, later.id]);
  });

  it("narrows the feed to the caller's scope: a partner sees only its own placements", async () => {
    const a = testCaller('PARTNER_USER', { partnerId: partnerA.id });
    const b = testCaller('PARTNER_USER', { partnerId: partnerB.id });
    expect(await readFeed('placements', { changedSince: SINCE }, 2, a)).toEqual([tied[0].id, tied[1].id, later.id]);
    expect(await readFeed('placements', { changedSince: SINCE }, 2, b)).toEqual([other.id]);
  });

  it('moves a written placement to the end of the feed; an update that changes nothing leaves it in place', async () => {
    const withdraw = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { updatedAt } } }`;
    const result = await h.run(withdraw, { input: { placementId: unchanged.id, status: 'WITHDRAWN', reason: 'Moved away' } });
    expect(result.errors).toBeUndefined();
    const stamped = (result.data as { changePlacementStatus: { placement: { updatedAt: string } } }).changePlacementStatus.placement.updatedAt;
    expect(new Date(stamped).getTime()).toBeGreaterThan(later.updatedAt.getTime());
    await h.dataSource.query(`UPDATE placements.placements SET status = status WHERE id = $1`, [later.id]);
    expect(await readFeed('placements', { changedSince: SINCE, partnerId: partnerA.id }, 10)).toEqual([tied[0].id, tied[1].id, later.id, unchanged.id]);
  });

  it('refuses a cursor of the start-date order in the change order', async () => {
    const plain = await h.run(PLACEMENTS, { filter: { partnerId: partnerB.id }, first: 1 });
    const cursor = (plain.data as { placements: Page }).placements.pageInfo.endCursor;
    const result = await h.run(PLACEMENTS, { filter: { changedSince: SINCE }, first: 1, after: cursor });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a page of the feed in one statement and its count in one more, whatever the page size', async () => {
    for (const first of [1, 10]) {
      const { result, statements } = await countStatements(() => h.run(PLACEMENTS, { filter: { changedSince: SINCE }, first }));
      expect(result.errors).toBeUndefined();
      expect(statements).toBe(2);
    }
  });

  it('lists time entries changed after the instant in change order, within scope; a decision moves one to the end', async () => {
    const [p, q] = [tied[0], other];
    const entries = [
      await h.make.timeEntry(p, { status: 'SUBMITTED', decidedBy: null, decidedAt: null, updatedAt: at('2026-03-02T09:00:00.000Z') }),
      await h.make.timeEntry(p, { status: 'SUBMITTED', decidedBy: null, decidedAt: null, updatedAt: at('2026-03-02T09:00:00.000Z') }),
      await h.make.timeEntry(q, { updatedAt: at('2026-03-02T10:00:00.000Z') }),
    ];
    await h.make.timeEntry(p, { updatedAt: at('2026-03-01T09:00:00.000Z') });
    const [e1, e2] = entries.slice(0, 2).sort((a, b) => (a.id < b.id ? -1 : 1));
    const since = { changedSince: '2026-03-02T00:00:00.000Z' };
    expect(await readFeed('timeEntries', since, 1)).toEqual([e1.id, e2.id, entries[2].id]);
    expect(await readFeed('timeEntries', since, 1, testCaller('PARTNER_USER', { partnerId: partnerA.id }))).toEqual([e1.id, e2.id]);
    const approve = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { status updatedAt } } }`;
    const approved = await h.run(approve, { input: { id: e1.id } });
    expect(approved.errors).toBeUndefined();
    expect(await readFeed('timeEntries', since, 2)).toEqual([e2.id, entries[2].id, e1.id]);
  });

  it("lists a placement's evaluations changed after the instant, and moves the placement in the feed", async () => {
    const evaluation = (kind: 'MIDPOINT' | 'FINAL', updatedAt: string) =>
      h.dataSource.getRepository(EvaluationEntity).save({
        id: randomUUID(),
        placementId: later.id,
        kind,
        communication: 3,
        collaboration: 3,
        professionalism: 4,
        problemSolving: 3,
        technicalSkills: 2,
        comments: null,
        evaluatedBy: 'supervisor',
        evaluatedAt: at(updatedAt),
        updatedAt: at(updatedAt),
      });
    await evaluation('MIDPOINT', '2026-03-15T12:00:00.000Z');
    const final = await evaluation('FINAL', '2026-05-15T12:00:00.000Z');
    const EVALUATIONS = `query($id: ID!, $since: DateTime) { placement(id: $id) { all: evaluations { kind } changed: evaluations(changedSince: $since) { id kind updatedAt } } }`;
    const result = await h.run(EVALUATIONS, { id: later.id, since: '2026-04-01T00:00:00.000Z' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      placement: { all: [{ kind: 'MIDPOINT' }, { kind: 'FINAL' }], changed: [{ id: final.id, kind: 'FINAL', updatedAt: '2026-05-15T12:00:00.000Z' }] },
    });
    // Recording an evaluation moves its placement to the end of the placements feed.
    expect(await readFeed('placements', { changedSince: SINCE, partnerId: partnerA.id }, 10)).toEqual([tied[0].id, tied[1].id, unchanged.id, later.id]);
  });
});
