import { randomUUID } from 'node:crypto';
import type { Caller } from '@careergraph/kit';
import { testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity, StudentEntity } from '@careergraph/students/src/entities';
import type { PlacementOpportunity, PlacementSupervisor } from '../src/owners/placements-owners';
import { createPlacementInput, PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

afterAll(() => h.stop(), 60_000);

const APPLY = `mutation($input: ApplyToOpportunityInput!) {
  applyToOpportunity(input: $input) {
    placement {
      id status startDate endDate plannedHours applicationStatement supervisor { id } student { id }
      availability { weekdays hoursPerWeek from to notes }
      statusHistory { from to reason }
    }
  }
}`;
const OFFER = `mutation($input: OfferPlacementInput!) { offerPlacement(input: $input) { placement { id status supervisor { id } } } }`;
const DECLINE = `mutation($input: DeclineApplicationInput!) {
  declineApplication(input: $input) { placement { id status statusHistory { to reason } } }
}`;
const WITHDRAW = `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { placement { id status } } }`;
const ACCEPT = `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { placement { id status } } }`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`;

const availability = { weekdays: ['TUESDAY', 'THURSDAY'], hoursPerWeek: 6, notes: 'after 3:30 pm on school days' };

/** A student (16, grade 11) and a published opportunity of an ACTIVE partner, each overridable, with their callers. */
async function world(overrides: { student?: Partial<StudentEntity>; opportunity?: Partial<PlacementOpportunity> } = {}) {
  const student = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11, ...overrides.student });
  const opportunity = h.peer.opportunity(overrides.opportunity);
  return {
    student,
    opportunity,
    asStudent: testCaller('STUDENT', { studentId: student.id }, `student-${student.id}`),
    asPartner: testCaller('PARTNER_USER', { partnerId: opportunity.partner.id }),
    supervisor: (o: Partial<PlacementSupervisor> = {}) => h.peer.supervisor(opportunity.partner, o),
  };
}
type World = Awaited<ReturnType<typeof world>>;

const applyInput = (w: World, extra: Record<string, unknown> = {}) => ({
  opportunityId: w.opportunity.id,
  statement: 'I build robots in the school club and want to learn CNC machining.',
  availability,
  ...extra,
});

async function ok<T>(caller: Caller, query: string, input: Record<string, unknown>): Promise<T> {
  const result = await h.runAs(caller, query, { input });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function apply(w: World, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await ok<{ applyToOpportunity: { placement: { id: string } } }>(w.asStudent, APPLY, applyInput(w, extra));
  return data.applyToOpportunity.placement.id;
}

async function offered(w: World): Promise<string> {
  const placementId = await apply(w);
  await ok(w.asPartner, OFFER, { placementId, supervisorId: w.supervisor().id });
  return placementId;
}

const eventTypes = async (placementId: string): Promise<string[]> =>
  (await h.dataSource.query(`SELECT type FROM placements.outbox_events WHERE data->>'placementId' = $1 ORDER BY position`, [placementId])).map(
    (r: { type: string }) => r.type,
  );

describe('applyToOpportunity', () => {
  it("records the token's student's APPLIED placement without a supervisor, with statement and availability", async () => {
    const w = await world();
    const data = await ok<{ applyToOpportunity: { placement: Record<string, unknown> } }>(w.asStudent, APPLY, applyInput(w));
    expect(data.applyToOpportunity.placement).toMatchObject({
      status: 'APPLIED',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      // 6 hours a week over the 26 weeks begun between the opportunity's dates.
      plannedHours: 156,
      supervisor: null,
      student: { id: w.student.id },
      applicationStatement: applyInput(w).statement,
      availability: { ...availability, from: '2026-01-05', to: '2026-06-30' },
      statusHistory: [{ from: null, to: 'APPLIED', reason: null }],
    });
    expect(await eventTypes(data.applyToOpportunity.placement.id as string)).toEqual(['placement.applied']);
  });

  it('takes the dates the student asks for within the opportunity', async () => {
    const w = await world();
    const data = await ok<{ applyToOpportunity: { placement: { startDate: string; endDate: string; plannedHours: number } } }>(
      w.asStudent,
      APPLY,
      applyInput(w, { availability: { ...availability, from: '2026-03-02', to: '2026-03-15' } }),
    );
    expect(data.applyToOpportunity.placement).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-15', plannedHours: 12 });
  });

  it.each<[string, Parameters<typeof world>[0], Record<string, unknown>, { rule: string; field: string }]>([
    ['a graduated student', { student: { gradeLevel: 12, enrollmentStatus: 'GRADUATED' } }, {}, { rule: 'STUDENT_NOT_ENROLLED', field: 'input.opportunityId' }],
    ['a student too young', { opportunity: { minimumAge: 18 } }, {}, { rule: 'STUDENT_TOO_YOUNG', field: 'input.opportunityId' }],
    ['a grade the opportunity is not for', { opportunity: { gradeLevels: [12] } }, {}, { rule: 'GRADE_NOT_ELIGIBLE', field: 'input.opportunityId' }],
    ['hazardous work under age', { opportunity: { hazardousOccupation: 'MOTOR_VEHICLE_DRIVING' } }, {}, { rule: 'HAZARDOUS_OCCUPATION_UNDER_AGE', field: 'input.opportunityId' }],
    ['an opportunity not PUBLISHED', { opportunity: { status: 'CLOSED' } }, {}, { rule: 'OPPORTUNITY_NOT_PUBLISHED', field: 'input.opportunityId' }],
    ['dates before the opportunity', {}, { availability: { ...availability, from: '2025-12-01' } }, { rule: 'DATES_OUTSIDE_OPPORTUNITY', field: 'input.availability.from' }],
    ['an end before the start', {}, { availability: { ...availability, from: '2026-03-02', to: '2026-03-01' } }, { rule: 'END_BEFORE_START', field: 'input.availability.to' }],
    ['a suspended partner', { opportunity: { partner: h.peer.partner({ status: 'SUSPENDED' }) } }, {}, { rule: 'PARTNER_NOT_ACTIVE', field: 'input.opportunityId' }],
    ['an agreement not covering the dates', { opportunity: { partner: h.peer.partner({ agreement: null }) } }, {}, { rule: 'AGREEMENT_NOT_CURRENT', field: 'input.opportunityId' }],
    ['insurance expired at the start', { opportunity: { partner: h.peer.partner({ insuranceExpiresOn: '2025-12-31' }) } }, {}, { rule: 'INSURANCE_NOT_CURRENT', field: 'input.opportunityId' }],
  ])('refuses %s as NOT_ELIGIBLE, naming the rule, and writes nothing', async (_case, overrides, extra, failure) => {
    const w = await world(overrides);
    const error = await h.expectRefused(APPLY, { input: applyInput(w, extra) }, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'NOT_ELIGIBLE' }, h.server, w.asStudent);
    expect(error.extensions!.failures).toEqual([expect.objectContaining(failure)]);
  });

  it('lists every rule broken, in order, each with field and message', async () => {
    const w = await world({
      student: { enrollmentStatus: 'WITHDRAWN' },
      opportunity: { gradeLevels: [12], status: 'DRAFT', partner: h.peer.partner({ insuranceExpiresOn: null }) },
    });
    const error = await h.expectRefused(APPLY, { input: applyInput(w) }, { code: 'BAD_USER_INPUT', rule: 'NOT_ELIGIBLE' }, h.server, w.asStudent);
    const failures = error.extensions!.failures as { rule: string; field: string; message: string }[];
    // The insurance missing is reported once (INSURANCE_NOT_CURRENT), not again as a lapse today.
    expect(failures.map((f) => f.rule)).toEqual(['OPPORTUNITY_NOT_PUBLISHED', 'STUDENT_NOT_ENROLLED', 'GRADE_NOT_ELIGIBLE', 'INSURANCE_NOT_CURRENT']);
    for (const f of failures) expect(f).toEqual({ rule: f.rule, field: 'input.opportunityId', message: expect.any(String) });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty statement', { statement: '  ' }, 'input.statement'],
    ['a statement over 1000 characters', { statement: 'x'.repeat(1001) }, 'input.statement'],
    ['no weekdays', { availability: { ...availability, weekdays: [] } }, 'input.availability.weekdays'],
    ['no hours a week', { availability: { ...availability, hoursPerWeek: 0 } }, 'input.availability.hoursPerWeek'],
    ['notes over 500 characters', { availability: { ...availability, notes: 'x'.repeat(501) } }, 'input.availability.notes'],
  ])('refuses %s and writes nothing', async (_case, extra, field) => {
    const w = await world();
    await h.expectRefused(APPLY, { input: applyInput(w, extra) }, { code: 'BAD_USER_INPUT', field }, h.server, w.asStudent);
  });

  it('refuses a second open application, and one when no slot is left; accepts again after a withdrawal', async () => {
    const w = await world();
    const first = await apply(w);
    await h.expectRefused(APPLY, { input: applyInput(w) }, { code: 'CONFLICT', rule: 'DUPLICATE_PLACEMENT' }, h.server, w.asStudent);
    await ok(w.asStudent, WITHDRAW, { placementId: first });
    await apply(w);
    const full = await world({ opportunity: { slots: 0 } });
    await h.expectRefused(APPLY, { input: applyInput(full) }, { code: 'CONFLICT', field: 'input.opportunityId', rule: 'NO_SLOTS_LEFT' }, h.server, full.asStudent);
    const busy = await world({ opportunity: { partner: h.peer.partner({ capacity: 0 }) } });
    await h.expectRefused(APPLY, { input: applyInput(busy) }, { code: 'CONFLICT', rule: 'PARTNER_AT_CAPACITY' }, h.server, busy.asStudent);
  });

  it('answers a retry with the same idempotency key with the original application, and refuses the key for another opportunity', async () => {
    const w = await world();
    const id = await apply(w, { idempotencyKey: 'apply-1' });
    expect(await apply(w, { idempotencyKey: 'apply-1' })).toBe(id);
    const other = h.peer.opportunity();
    await h.expectRefused(APPLY, { input: applyInput(w, { opportunityId: other.id, idempotencyKey: 'apply-1' }) }, {
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
      rule: 'IDEMPOTENCY_KEY_REUSED',
    }, h.server, w.asStudent);
  });

  it('applies only for the student the token names; other roles may not apply', async () => {
    const w = await world();
    const id = await apply(w);
    const [row] = await h.dataSource.query(`SELECT student_id FROM placements.placements WHERE id = $1`, [id]);
    expect(row.student_id).toBe(w.student.id);
    await h.expectRefusedAs(w.asPartner, APPLY, { input: applyInput(w) }, { rule: 'ROLE_POLICY' });
    await h.expectRefusedAs(testCaller('SCHOOL_STAFF', { schoolIds: [school.id] }), APPLY, { input: applyInput(w) }, { rule: 'ROLE_POLICY' });
  });
});

describe('createPlacement (staff) reports every failure too', () => {
  it('refuses with the first rule as before and lists all of them in extensions.failures', async () => {
    const w = await world({ student: { gradeLevel: 12, enrollmentStatus: 'GRADUATED' }, opportunity: { minimumAge: 18 } });
    const supervisor = w.supervisor({ roles: ['COORDINATOR'] });
    const error = await h.expectRefused(CREATE, { input: createPlacementInput({ student: w.student, opportunity: w.opportunity, supervisor }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.studentId',
      rule: 'STUDENT_NOT_ENROLLED',
    });
    expect((error.extensions!.failures as { rule: string }[]).map((f) => f.rule)).toEqual(['STUDENT_NOT_ENROLLED', 'STUDENT_TOO_YOUNG', 'SUPERVISOR_NOT_CLEARED']);
  });
});

describe('offerPlacement and declineApplication', () => {
  it('offers an application with a cleared supervisor of the partner, recording the event', async () => {
    const w = await world();
    const placementId = await apply(w);
    const supervisor = w.supervisor();
    const data = await ok<{ offerPlacement: { placement: unknown } }>(w.asPartner, OFFER, { placementId, supervisorId: supervisor.id });
    expect(data.offerPlacement.placement).toEqual({ id: placementId, status: 'OFFERED', supervisor: { id: supervisor.id } });
    expect(await eventTypes(placementId)).toEqual(['placement.applied', 'placement.offered']);
  });

  it.each<[string, (w: World) => string, Parameters<typeof world>[0], { code: string; field: string; rule: string }]>([
    ['a supervisor with a PENDING check', (w) => w.supervisor({ backgroundCheck: { level: 'LEVEL_I', status: 'PENDING', expiresOn: null } }).id, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['a contact without the SUPERVISOR role', (w) => w.supervisor({ roles: ['COORDINATOR'] }).id, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['a supervisor of another partner', () => h.peer.supervisor(h.peer.partner()).id, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['an unknown supervisor', () => randomUUID(), {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'REFERENCE_NOT_FOUND' }],
  ])('refuses %s and writes nothing', async (_case, supervisorOf, overrides, expected) => {
    const w = await world(overrides);
    const placementId = await apply(w);
    await h.expectRefused(OFFER, { input: { placementId, supervisorId: supervisorOf(w) } }, expected, h.server, w.asPartner);
  });

  it('refuses an offer while the partner has lapsed (insurance expired before today)', async () => {
    const w = await world();
    const placementId = await apply(w);
    w.opportunity.partner.insuranceExpiresOn = '2026-06-30';
    await h.expectRefused(OFFER, { input: { placementId, supervisorId: w.supervisor().id } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'INSURANCE_LAPSED',
    }, h.server, w.asPartner);
  });

  it("refuses another partner's application as FORBIDDEN, and an application no longer APPLIED", async () => {
    const w = await world();
    const placementId = await apply(w);
    const stranger = testCaller('PARTNER_USER', { partnerId: randomUUID() });
    await h.expectRefusedAs(stranger, OFFER, { input: { placementId, supervisorId: w.supervisor().id } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(stranger, DECLINE, { input: { placementId, reason: 'no' } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await ok(w.asPartner, OFFER, { placementId, supervisorId: w.supervisor().id });
    await h.expectRefused(OFFER, { input: { placementId, supervisorId: w.supervisor().id } }, { code: 'BAD_USER_INPUT', rule: 'INVALID_STATUS_TRANSITION' }, h.server, w.asPartner);
    await h.expectRefused(DECLINE, { input: { placementId, reason: 'changed our mind' } }, { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'INVALID_STATUS_TRANSITION' }, h.server, w.asPartner);
  });

  it('gives the last slot to exactly one of two concurrent offers', async () => {
    const w = await world({ opportunity: { slots: 1 } });
    const other = await world();
    const second = { ...other, opportunity: w.opportunity };
    const ids = [await apply(w), await apply(second)];
    const supervisor = w.supervisor();
    const results = await Promise.all(ids.map((placementId) => h.runAs(w.asPartner, OFFER, { input: { placementId, supervisorId: supervisor.id } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const lost = results.filter((r) => r.errors);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'NO_SLOTS_LEFT' });
    const [held] = await h.dataSource.query(`SELECT count(*)::int AS n FROM placements.placements WHERE opportunity_id = $1 AND status = 'OFFERED'`, [w.opportunity.id]);
    expect(held.n).toBe(1);
  });

  it('declines an application with its reason, and refuses a decline without one', async () => {
    const w = await world();
    const placementId = await apply(w);
    await h.expectRefused(DECLINE, { input: { placementId, reason: ' ' } }, { code: 'BAD_USER_INPUT', field: 'input.reason' }, h.server, w.asPartner);
    const data = await ok<{ declineApplication: { placement: unknown } }>(w.asPartner, DECLINE, { placementId, reason: 'all slots promised to seniors' });
    expect(data.declineApplication.placement).toEqual({
      id: placementId,
      status: 'DECLINED',
      statusHistory: [{ to: 'APPLIED', reason: null }, { to: 'DECLINED', reason: 'all slots promised to seniors' }],
    });
    expect(await eventTypes(placementId)).toEqual(['placement.applied', 'placement.declined']);
  });

  it('keeps staff powers: changePlacementStatus cannot offer an application without a supervisor', async () => {
    const w = await world();
    const placementId = await apply(w);
    await h.expectRefused(CHANGE, { input: { placementId, status: 'OFFERED' } }, { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'SUPERVISOR_REQUIRED' });
    const staff = testCaller('SCHOOL_STAFF', { schoolIds: [school.id] });
    await ok(staff, OFFER, { placementId, supervisorId: w.supervisor().id });
  });
});

describe('withdrawApplication and acceptOffer', () => {
  it('lets a student withdraw an APPLIED or OFFERED application, not an accepted one', async () => {
    const w = await world();
    const applied = await apply(w);
    expect(await ok(w.asStudent, WITHDRAW, { placementId: applied, reason: 'found a job closer to home' })).toEqual({
      withdrawApplication: { placement: { id: applied, status: 'WITHDRAWN' } },
    });
    const offer = await offered(w);
    await ok(w.asStudent, WITHDRAW, { placementId: offer });
    const accepted = await offered(w);
    await ok(w.asStudent, ACCEPT, { placementId: accepted });
    await h.expectRefused(WITHDRAW, { input: { placementId: accepted } }, { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'INVALID_STATUS_TRANSITION' }, h.server, w.asStudent);
    expect(await eventTypes(offer)).toEqual(['placement.applied', 'placement.offered', 'placement.withdrawn']);
  });

  it('lets a student accept their own offer, not an application not offered, nor another student\'s', async () => {
    const w = await world();
    const placementId = await offered(w);
    const other = await world();
    await h.expectRefusedAs(other.asStudent, ACCEPT, { input: { placementId } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(other.asStudent, WITHDRAW, { input: { placementId } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(w.asPartner, ACCEPT, { input: { placementId } }, { rule: 'ROLE_POLICY' });
    expect(await ok(w.asStudent, ACCEPT, { placementId })).toEqual({ acceptOffer: { placement: { id: placementId, status: 'ACCEPTED' } } });
    expect(await eventTypes(placementId)).toEqual(['placement.applied', 'placement.offered', 'placement.accepted']);
    const applied = await apply(other, { opportunityId: w.opportunity.id });
    await h.expectRefused(ACCEPT, { input: { placementId: applied } }, { code: 'BAD_USER_INPUT', rule: 'INVALID_STATUS_TRANSITION' }, h.server, other.asStudent);
  });
});

describe('reading applications', () => {
  const APPLICATIONS = `applications(first: 10) { totalCount edges { node { id status applicationStatement availability { weekdays hoursPerWeek } student { id } } } }`;

  it("lists an opportunity's applications waiting for a decision to its partner, none to another partner", async () => {
    const w = await world();
    const waiting = await apply(w);
    const second = { ...(await world()), opportunity: w.opportunity };
    const declined = await apply(second);
    await ok(w.asPartner, DECLINE, { placementId: declined, reason: 'full' });
    const read = (caller: Caller) =>
      h.runAs(caller, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Opportunity { ${APPLICATIONS} } } }`, {
        r: [{ __typename: 'Opportunity', id: w.opportunity.id, slots: 1 }],
      });
    const mine = await read(w.asPartner);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({
      _entities: [
        {
          applications: {
            totalCount: 1,
            edges: [
              {
                node: {
                  id: waiting,
                  status: 'APPLIED',
                  applicationStatement: applyInput(w).statement,
                  availability: { weekdays: availability.weekdays, hoursPerWeek: 6 },
                  student: { id: w.student.id },
                },
              },
            ],
          },
        },
      ],
    });
    const theirs = await read(testCaller('PARTNER_USER', { partnerId: randomUUID() }));
    expect(theirs.data).toEqual({ _entities: [{ applications: { totalCount: 0, edges: [] } }] });
  });

  it("shows a student their own applications' status and statement", async () => {
    const w = await world();
    const id = await apply(w);
    const result = await h.runAs(w.asStudent, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { placements { id status applicationStatement } } } }`, {
      r: [{ __typename: 'Student', id: w.student.id }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ placements: [{ id, status: 'APPLIED', applicationStatement: applyInput(w).statement }] }] });
  });
});
