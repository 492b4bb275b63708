import { countStatements } from '@careergraph/kit';
import { DISTRICT_ADMIN } from '@careergraph/kit/testing';
import type { SchoolEntity, StudentEntity } from '@careergraph/students/src/entities';
import type { PlacementEntity } from '../src/entities';
import { PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;

// Two embedded databases and three HTTP servers take longer to start than jest's default hook timeout.
beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

afterAll(() => h.stop(), 60_000);

const SUBMIT = `mutation($input: SubmitTimeEntryInput!) {
  submitTimeEntry(input: $input) { timeEntry { id status workDate startTime endTime durationMinutes mealBreakMinutes hours placement { id pendingHours } } }
}`;
const APPROVE = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { id status decidedBy decidedAt } } }`;
const REJECT = `mutation($input: RejectTimeEntryInput!) { rejectTimeEntry(input: $input) { timeEntry { id status rejectionReason } } }`;
const BULK = `mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { timeEntries { id status } } }`;

let keys = 0;

/** An ACTIVE placement (saved directly) of a student who exists in the students subgraph. */
async function activePlacement(student: Partial<StudentEntity> = {}, placement: Partial<PlacementEntity> = {}) {
  const s = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11, ...student });
  const opportunity = h.peer.opportunity();
  const supervisor = h.peer.supervisor(opportunity.partner);
  return h.make.placement(
    { studentId: s.id, opportunityId: opportunity.id, partnerId: opportunity.partner.id, supervisorId: supervisor.id, schoolId: school.id },
    placement,
  );
}

const entry = (placementId: string, fields: Record<string, unknown>) => ({ placementId, idempotencyKey: `k-${++keys}`, ...fields });

async function submit(placementId: string, fields: Record<string, unknown>): Promise<string> {
  const result = await h.run(SUBMIT, { input: entry(placementId, fields) });
  expect(result.errors).toBeUndefined();
  return (result.data as { submitTimeEntry: { timeEntry: { id: string } } }).submitTimeEntry.timeEntry.id;
}

describe('submitTimeEntry', () => {
  it('records a timed entry net of the meal break, and a duration entry', async () => {
    const p = await activePlacement();
    const result = await h.run(SUBMIT, {
      input: entry(p.id, { workDate: '2026-02-02', startTime: '09:00', endTime: '14:30', mealBreakMinutes: 30, activityNotes: 'Inventory' }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      submitTimeEntry: {
        timeEntry: { status: 'SUBMITTED', startTime: '09:00', endTime: '14:30', durationMinutes: 300, hours: 5, placement: { pendingHours: 5 } },
      },
    });
    await submit(p.id, { workDate: '2026-02-03', durationMinutes: 90 });
  });

  it('returns the original entry for a retry with the same key, and refuses the key with other content', async () => {
    const p = await activePlacement();
    const input = entry(p.id, { workDate: '2026-02-04', startTime: '15:00', endTime: '17:00' });
    const first = await h.run(SUBMIT, { input });
    const retry = await h.run(SUBMIT, { input });
    expect(retry.errors).toBeUndefined();
    const idOf = (r: typeof first) => (r.data as { submitTimeEntry: { timeEntry: { id: string; placement: { pendingHours: number } } } }).submitTimeEntry.timeEntry;
    expect(idOf(retry).id).toBe(idOf(first).id);
    expect(idOf(retry).placement.pendingHours).toBe(2);
    await h.expectRefused(SUBMIT, { input: { ...input, endTime: '18:00' } }, {
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
      rule: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses hours on a placement that is not ACTIVE, in the future, or outside its dates', async () => {
    const done = await activePlacement({}, { status: 'COMPLETED' });
    await h.expectRefused(SUBMIT, { input: entry(done.id, { workDate: '2026-02-02', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'PLACEMENT_NOT_ACTIVE',
    });
    const p = await activePlacement({}, { endDate: '2099-06-30' });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2099-01-05', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.workDate',
      rule: 'ENTRY_IN_FUTURE',
    });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2025-12-01', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.workDate',
      rule: 'ENTRY_OUTSIDE_PLACEMENT_DATES',
    });
  });

  it('refuses more than 24 hours in a day and overlapping entries', async () => {
    const p = await activePlacement({}, { weeklyHourCap: 40 });
    await submit(p.id, { workDate: '2026-02-09', durationMinutes: 1000 });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-09', durationMinutes: 500 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.durationMinutes',
      rule: 'OVER_24_HOURS_IN_DAY',
    });
    await submit(p.id, { workDate: '2026-02-10', startTime: '09:00', endTime: '12:00' });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-10', startTime: '11:30', endTime: '13:00' }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.startTime',
      rule: 'OVERLAPPING_ENTRY',
    });
    await submit(p.id, { workDate: '2026-02-10', startTime: '12:00', endTime: '13:00' });
  });

  it("refuses hours over the training agreement's weekly cap (ISO week)", async () => {
    const p = await activePlacement({}, { weeklyHourCap: 15 });
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18']) await submit(p.id, { workDate: day, durationMinutes: 300 });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-22', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.durationMinutes',
      rule: 'OVER_WEEKLY_CAP',
    });
    // The next ISO week starts fresh.
    await submit(p.id, { workDate: '2026-02-23', durationMinutes: 60 });
  });

  it('refuses malformed times and a missing duration', async () => {
    const p = await activePlacement();
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-02', startTime: '9am', endTime: '12:00' }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.startTime',
    });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-02' }) }, { code: 'BAD_USER_INPUT', field: 'input.startTime' });
  });

  describe('child labor rules for students under 16', () => {
    const young = { dateOfBirth: '2011-03-01', gradeLevel: 9 };

    it.each<[string, Record<string, unknown>, string, string]>([
      ['an entry without times', { workDate: '2026-02-02', durationMinutes: 60 }, 'input.startTime', 'CHILD_LABOR_TIMES_REQUIRED'],
      ['work after 19:00 in February', { workDate: '2026-02-02', startTime: '17:00', endTime: '19:30' }, 'input.endTime', 'CHILD_LABOR_TIME_OF_DAY'],
      ['work before 07:00', { workDate: '2026-02-07', startTime: '06:30', endTime: '09:00' }, 'input.startTime', 'CHILD_LABOR_TIME_OF_DAY'],
      ['more than 3 hours on a school day', { workDate: '2026-02-03', startTime: '15:00', endTime: '18:30' }, 'input.endTime', 'CHILD_LABOR_DAILY_HOURS'],
      ['more than 5 hours without a 30-minute meal break', { workDate: '2026-02-14', startTime: '09:00', endTime: '15:00', mealBreakMinutes: 15 }, 'input.mealBreakMinutes', 'CHILD_LABOR_MEAL_BREAK'],
      ['more than 8 hours on a non-school day', { workDate: '2026-02-21', startTime: '08:00', endTime: '17:00', mealBreakMinutes: 30 }, 'input.endTime', 'CHILD_LABOR_DAILY_HOURS'],
    ])('refuses %s', async (_case, fields, field, rule) => {
      const p = await activePlacement(young, { weeklyHourCap: 40 });
      await h.expectRefused(SUBMIT, { input: entry(p.id, fields) }, { code: 'BAD_USER_INPUT', field, rule });
    });

    it('allows 3 hours on a school day, 8 on a Saturday, and until 21:00 in summer', async () => {
      const p = await activePlacement(young, { weeklyHourCap: 40 });
      await submit(p.id, { workDate: '2026-02-03', startTime: '15:00', endTime: '18:00' });
      await submit(p.id, { workDate: '2026-02-07', startTime: '09:00', endTime: '17:30', mealBreakMinutes: 30 });
      await submit(p.id, { workDate: '2026-06-15', startTime: '18:00', endTime: '21:00' });
    });

    it('refuses more than 24 hours in a school week, counting every day of it', async () => {
      const p = await activePlacement(young, { weeklyHourCap: 40 });
      for (const day of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
        await submit(p.id, { workDate: day, startTime: '15:00', endTime: '18:00' });
      }
      await submit(p.id, { workDate: '2026-03-07', startTime: '09:00', endTime: '17:30', mealBreakMinutes: 30 });
      await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-03-08', startTime: '10:00', endTime: '12:00' }) }, {
        code: 'BAD_USER_INPUT',
        field: 'input.endTime',
        rule: 'CHILD_LABOR_WEEKLY_HOURS',
      });
    });

    it('does not apply to a student who turned 16 before the work date', async () => {
      const p = await activePlacement({ dateOfBirth: '2010-01-15', gradeLevel: 10 }, { weeklyHourCap: 40 });
      await submit(p.id, { workDate: '2026-02-02', durationMinutes: 300 });
    });
  });
});

describe('approval', () => {
  it('approves and rejects single entries, and refuses deciding twice', async () => {
    const p = await activePlacement();
    const a = await submit(p.id, { workDate: '2026-02-02', durationMinutes: 120 });
    const b = await submit(p.id, { workDate: '2026-02-03', durationMinutes: 60 });
    const approved = await h.run(APPROVE, { input: { id: a } });
    expect(approved.data).toMatchObject({ approveTimeEntry: { timeEntry: { id: a, status: 'APPROVED', decidedBy: DISTRICT_ADMIN.subject } } });
    await h.expectRefused(APPROVE, { input: { id: a } }, { code: 'CONFLICT', field: 'input.id', rule: 'ENTRY_ALREADY_DECIDED' });
    await h.expectRefused(REJECT, { input: { id: b, reason: ' ' } }, { code: 'BAD_USER_INPUT', field: 'input.reason' });
    const rejected = await h.run(REJECT, { input: { id: b, reason: 'Not on the schedule' } });
    expect(rejected.data).toMatchObject({ rejectTimeEntry: { timeEntry: { status: 'REJECTED', rejectionReason: 'Not on the schedule' } } });
  });

  it('bulk-approves all entries or none, naming the entry that blocks the batch', async () => {
    const p = await activePlacement();
    const ids = [];
    for (const day of ['2026-02-02', '2026-02-03', '2026-02-04']) ids.push(await submit(p.id, { workDate: day, durationMinutes: 60 }));
    await h.run(APPROVE, { input: { id: ids[2] } });
    await h.expectRefused(BULK, { input: { ids } }, { code: 'CONFLICT', field: 'input.ids[2]', rule: 'ENTRY_ALREADY_DECIDED' });
    await h.expectRefused(BULK, { input: { ids: [ids[0], '00000000-0000-4000-8000-000000000000'] } }, { code: 'NOT_FOUND', field: 'input.ids[1]' });
    await h.expectRefused(BULK, { input: { ids: [ids[0], ids[0]] } }, { code: 'BAD_USER_INPUT', field: 'input.ids[1]' });
    const result = await h.run(BULK, { input: { ids: ids.slice(0, 2) } });
    expect(result.data).toEqual({ bulkApproveTimeEntries: { timeEntries: [{ id: ids[0], status: 'APPROVED' }, { id: ids[1], status: 'APPROVED' }] } });
    const queue = await h.run(`query($f: TimeEntryFilter) { timeEntries(filter: $f) { totalCount } }`, { f: { placementId: p.id, status: 'SUBMITTED' } });
    expect(queue.data).toEqual({ timeEntries: { totalCount: 0 } });
  });
});

describe('hours and stipends', () => {
  it('totals approved hours and pays them per biweekly period at the placement rate', async () => {
    const p = await activePlacement({}, { hourlyRate: 15 });
    const ids = [
      await submit(p.id, { workDate: '2026-02-02', durationMinutes: 180 }),
      await submit(p.id, { workDate: '2026-02-16', durationMinutes: 120 }),
    ];
    await submit(p.id, { workDate: '2026-02-17', durationMinutes: 60 });
    await h.run(BULK, { input: { ids } });
    const result = await h.run(
      `query($id: ID!, $reps: [_Any!]!) {
        placement(id: $id) { approvedHours pendingHours stipendTotal stipends { periodStart periodEnd approvedHours hourlyRate amount } }
        _entities(representations: $reps) {
          ... on Student { workBasedLearningHours(schoolYear: "2025-2026") stipendTotal placements { id } }
          ... on Partner { stipendTotal(schoolYear: "2025-2026") hosted: placements { totalCount } }
        }
      }`,
      { id: p.id, reps: [{ __typename: 'Student', id: p.studentId }, { __typename: 'Partner', id: p.partnerId }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      placement: {
        approvedHours: 5,
        pendingHours: 1,
        stipendTotal: 75,
        stipends: [
          { periodStart: '2026-02-02', periodEnd: '2026-02-15', approvedHours: 3, hourlyRate: 15, amount: 45 },
          { periodStart: '2026-02-16', periodEnd: '2026-03-01', approvedHours: 2, hourlyRate: 15, amount: 30 },
        ],
      },
      _entities: [
        { workBasedLearningHours: 5, stipendTotal: 75, placements: [{ id: p.id }] },
        { stipendTotal: 75, hosted: { totalCount: 1 } },
      ],
    });
  });

  it("reads a placement's approved and pending hours and stipend total in one statement", async () => {
    const p = await activePlacement({}, { hourlyRate: 20 });
    await h.run(APPROVE, { input: { id: await submit(p.id, { workDate: '2026-02-02', durationMinutes: 90 }) } });
    await submit(p.id, { workDate: '2026-02-03', durationMinutes: 30 });
    const QUERY = `query($id: ID!) { placement(id: $id) { approvedHours pendingHours stipendTotal } }`;
    const { result, statements } = await countStatements(() => h.run(QUERY, { id: p.id }));
    expect(result.data).toEqual({ placement: { approvedHours: 1.5, pendingHours: 0.5, stipendTotal: 30 } });
    // The placement by id, then one statement for its hours and its stipend (two before).
    expect(statements).toBe(2);
  });

  it("keeps each placement's approved minutes (the metrics' sum) equal to its approved entries through every kind of write", async () => {
    const [p, q] = [await activePlacement(), await activePlacement()];
    const kept = async () =>
      Object.fromEntries(
        (
          await h.dataSource.query(`SELECT placement_id, minutes FROM placements.placement_approved_minutes WHERE placement_id = ANY($1) AND minutes > 0`, [
            [p.id, q.id],
          ])
        ).map((r: { placement_id: string; minutes: number }) => [r.placement_id, r.minutes]),
      );
    const summed = async () =>
      Object.fromEntries(
        (
          await h.dataSource.query(
            `SELECT placement_id, sum(duration_minutes)::int AS minutes FROM placements.time_entries
              WHERE placement_id = ANY($1) AND status = 'APPROVED' GROUP BY placement_id`,
            [[p.id, q.id]],
          )
        ).map((r: { placement_id: string; minutes: number }) => [r.placement_id, r.minutes]),
      );
    const a = await submit(p.id, { workDate: '2026-02-02', durationMinutes: 120 });
    const b = await submit(p.id, { workDate: '2026-02-03', durationMinutes: 60 });
    const c = await submit(q.id, { workDate: '2026-02-03', durationMinutes: 45 });
    const d = await submit(q.id, { workDate: '2026-02-04', durationMinutes: 30 });
    expect(await kept()).toEqual({});
    await h.run(APPROVE, { input: { id: a } });
    expect(await kept()).toEqual({ [p.id]: 120 });
    // One statement across two placements.
    await h.run(BULK, { input: { ids: [b, c] } });
    await h.run(REJECT, { input: { id: d, reason: 'Not on the schedule' } });
    expect(await kept()).toEqual({ [p.id]: 180, [q.id]: 45 });
    // Writes outside the service (a correction, an import, a removal) are counted too.
    await h.dataSource.query(`UPDATE placements.time_entries SET duration_minutes = 90 WHERE id = $1`, [a]);
    await h.dataSource.query(`UPDATE placements.time_entries SET status = 'APPROVED' WHERE id = $1`, [d]);
    await h.dataSource.query(`UPDATE placements.time_entries SET status = 'SUBMITTED' WHERE id = $1`, [c]);
    expect(await kept()).toEqual(await summed());
    expect(await kept()).toEqual({ [p.id]: 150, [q.id]: 30 });
    await h.dataSource.query(`DELETE FROM placements.time_entries WHERE id = ANY($1)`, [[b, d]]);
    expect(await kept()).toEqual({ [p.id]: 90 });
    expect(await kept()).toEqual(await summed());
    await h.run(APPROVE, { input: { id: c } });
    expect(await kept()).toEqual({ [p.id]: 90, [q.id]: 45 });
  });

  it('pays nothing for unpaid placements', async () => {
    const p = await activePlacement({}, { compensationKind: 'UNPAID', hourlyRate: null });
    await h.run(APPROVE, { input: { id: await submit(p.id, { workDate: '2026-02-02', durationMinutes: 60 }) } });
    const result = await h.run(`query($id: ID!) { placement(id: $id) { approvedHours stipendTotal stipends { amount } } }`, { id: p.id });
    expect(result.data).toEqual({ placement: { approvedHours: 1, stipendTotal: 0, stipends: [] } });
  });
});

describe('evaluations and reflections', () => {
  const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { kind communication technicalSkills comments evaluatedBy } placement { evaluations { kind } } } }`;
  const REFLECT = `mutation($input: RecordReflectionInput!) { recordReflection(input: $input) { reflection { text } placement { reflection { text } } } }`;
  const ratings = { communication: 4, collaboration: 3, professionalism: 4, problemSolving: 2, technicalSkills: 3 };

  it('records one MIDPOINT and one FINAL evaluation per placement with ratings 1–4', async () => {
    const p = await activePlacement();
    const final = await h.run(EVALUATE, { input: { placementId: p.id, kind: 'FINAL', ...ratings, comments: 'Ready to hire' } });
    expect(final.errors).toBeUndefined();
    await h.run(EVALUATE, { input: { placementId: p.id, kind: 'MIDPOINT', ...ratings } });
    const again = await h.expectRefused(EVALUATE, { input: { placementId: p.id, kind: 'MIDPOINT', ...ratings } }, {
      code: 'CONFLICT',
      field: 'input.kind',
      rule: 'EVALUATION_ALREADY_RECORDED',
    });
    expect(again.message).toContain('MIDPOINT');
    const result = await h.run(`query($id: ID!) { placement(id: $id) { evaluations { kind } } }`, { id: p.id });
    expect(result.data).toEqual({ placement: { evaluations: [{ kind: 'MIDPOINT' }, { kind: 'FINAL' }] } });
  });

  it('refuses a rating outside 1–4 and a placement that has not started', async () => {
    const p = await activePlacement();
    await h.expectRefused(EVALUATE, { input: { placementId: p.id, kind: 'FINAL', ...ratings, technicalSkills: 5 } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.technicalSkills',
    });
    const applied = await activePlacement({}, { status: 'APPLIED' });
    await h.expectRefused(EVALUATE, { input: { placementId: applied.id, kind: 'FINAL', ...ratings } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'PLACEMENT_NOT_STARTED',
    });
  });

  it('records and updates the single reflection, refusing empty or over-long text', async () => {
    const p = await activePlacement();
    await h.run(REFLECT, { input: { placementId: p.id, text: 'I learned to read blueprints.' } });
    const updated = await h.run(REFLECT, { input: { placementId: p.id, text: 'I learned to read blueprints and to ask.' } });
    expect(updated.data).toMatchObject({ recordReflection: { placement: { reflection: { text: 'I learned to read blueprints and to ask.' } } } });
    await h.expectRefused(REFLECT, { input: { placementId: p.id, text: '   ' } }, { code: 'BAD_USER_INPUT', field: 'input.text' });
    await h.expectRefused(REFLECT, { input: { placementId: p.id, text: 'x'.repeat(5001) } }, { code: 'BAD_USER_INPUT', field: 'input.text' });
  });
});

describe('nested connections', () => {
  it("pages each placement's entries with cursors, all placements in one statement per page", async () => {
    const [busy, quiet] = [await activePlacement(), await activePlacement()];
    for (const day of ['2026-02-02', '2026-02-03', '2026-02-04']) await submit(busy.id, { workDate: day, durationMinutes: 60 });
    await submit(quiet.id, { workDate: '2026-02-02', durationMinutes: 60 });
    const PAGE = `query($busy: ID!, $quiet: ID!, $after: String) {
      busy: placement(id: $busy) { timeEntries(status: SUBMITTED, first: 2, after: $after) { totalCount edges { node { workDate } } pageInfo { hasNextPage endCursor } } }
      quiet: placement(id: $quiet) { timeEntries(status: SUBMITTED, first: 2) { totalCount edges { node { workDate } } pageInfo { hasNextPage } } } }`;
    const first = await countStatements(() => h.run(PAGE, { busy: busy.id, quiet: quiet.id, after: null }));
    expect(first.result.errors).toBeUndefined();
    // Both placements by id, one page and one count for both.
    expect(first.statements).toBe(3);
    const { busy: b1, quiet: q1 } = first.result.data as any;
    expect(b1.timeEntries).toMatchObject({ totalCount: 3, edges: [{ node: { workDate: '2026-02-02' } }, { node: { workDate: '2026-02-03' } }], pageInfo: { hasNextPage: true } });
    expect(q1.timeEntries).toMatchObject({ totalCount: 1, edges: [{ node: { workDate: '2026-02-02' } }], pageInfo: { hasNextPage: false } });
    const next = await h.run(PAGE, { busy: busy.id, quiet: quiet.id, after: b1.timeEntries.pageInfo.endCursor });
    expect((next.data as any).busy.timeEntries).toMatchObject({ edges: [{ node: { workDate: '2026-02-04' } }], pageInfo: { hasNextPage: false } });
  });

  it("pages an opportunity's placements with cursors, in one statement for all opportunities", async () => {
    const a = await activePlacement();
    const REFS = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) {
      ... on Opportunity { placements(first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;
    const reps = [{ __typename: 'Opportunity', id: a.opportunityId }, { __typename: 'Opportunity', id: '00000000-0000-4000-8000-000000000000' }];
    const { result, statements } = await countStatements(() => h.run(REFS, { reps, after: null }));
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(2);
    const [known, unknown] = (result.data as any)._entities;
    expect(known.placements).toMatchObject({ totalCount: 1, edges: [{ node: { id: a.id } }], pageInfo: { hasNextPage: false } });
    expect(unknown.placements).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const after = await h.run(REFS, { reps, after: known.placements.pageInfo.endCursor });
    expect((after.data as any)._entities[0].placements.edges).toEqual([]);
  });
});
