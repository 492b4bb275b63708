import { DISTRICT_ADMIN, testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import type { PlacementEntity } from '../src/entities';
import { createPlacementInput, type PlacementSetup, PlacementsHarness, type PlacementsServer } from './support/placements-harness';

/**
 * The compliance rules a district's office would check (issue 14, items 9–12 and 15): standing
 * judged on the day of each action, no hours before the paperwork, the partner's capacity, the
 * federal hazardous-occupation ages, and a program recorded only for its students. Every refusal
 * names its rule and leaves the placements schema as it was.
 */
const h = new PlacementsHarness();
let school: SchoolEntity;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id status program { id } department } } }`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id status } } }`;
const APPROVE = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { id status } } }`;
const BULK = `mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { timeEntries { id status } } }`;
const REJECT = `mutation($input: RejectTimeEntryInput!) { rejectTimeEntry(input: $input) { timeEntry { id status } } }`;
const STANDING = `query($id: ID!) { placement(id: $id) { id standing { ok issues { rule message } } } }`;

/** The placements subgraph as it runs on `day` (the settings clock). */
const servers = new Map<string, PlacementsServer>();
function on(day: string): PlacementsServer {
  if (!servers.has(day)) servers.set(day, h.build({ ...h.settings, today: () => day }));
  return servers.get(day)!;
}

afterAll(async () => {
  for (const server of servers.values()) await server.stop();
  await h.stop();
}, 60_000);

async function runOn(day: string, query: string, variables: Record<string, unknown>, caller = DISTRICT_ADMIN) {
  return on(day).execute({ query, variables }, { caller });
}

/** Runs `query` on `day` and expects no error; returns the data. */
async function ok(day: string, query: string, variables: Record<string, unknown>) {
  const result = await runOn(day, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, Record<string, Record<string, string>>>;
}

type World = PlacementSetup;
const world = (overrides: Parameters<PlacementsHarness['setup']>[1] = {}) => h.setup(school, overrides);
const createInput = createPlacementInput;

/** A placement saved directly in `status` (ACTIVE with a complete agreement unless told). */
function placed(w: World, overrides: Partial<PlacementEntity> = {}): Promise<PlacementEntity> {
  return h.make.placement(
    { studentId: w.student.id, opportunityId: w.opportunity.id, partnerId: w.opportunity.partner.id, supervisorId: w.supervisor.id, schoolId: school.id },
    overrides,
  );
}

let keys = 0;
const entry = (placementId: string, fields: Record<string, unknown>) => ({ placementId, idempotencyKey: `c-${++keys}`, ...fields });

describe('standing is judged on the day of each action (item 9)', () => {
  // Insurance covers the placement's start (2026-01-05) but lapses on 2026-03-01.
  const BEFORE = '2026-02-16';
  const AFTER = '2026-03-10';

  it('creates before the lapse and refuses creating after it', async () => {
    const w = await world({ opportunity: { partner: h.peer.partner({ insuranceExpiresOn: '2026-03-01' }) } });
    await ok(BEFORE, CREATE, { input: createInput(w) });
    const other = { ...w, student: await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 }) };
    const error = await h.expectRefused(CREATE, { input: createInput(other) }, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'INSURANCE_LAPSED' }, on(AFTER));
    expect(error.message).toContain("the partner's insurance expired 2026-03-01; today is 2026-03-10");
  });

  it('refuses offering, accepting and activating once the partner has lapsed, and lets staff end the placement', async () => {
    const w = await world({ opportunity: { partner: h.peer.partner({ insuranceExpiresOn: '2026-03-01' }) } });
    const applied = await placed(w, { status: 'APPLIED' });
    const offered = await placed({ ...w, student: await h.make.student(school) }, { status: 'OFFERED' });
    const accepted = await placed({ ...w, student: await h.make.student(school) }, { status: 'ACCEPTED' });
    const refused = { code: 'BAD_USER_INPUT', field: 'input.placementId', rule: 'INSURANCE_LAPSED' };
    await h.expectRefused(CHANGE, { input: { placementId: applied.id, status: 'OFFERED' } }, refused, on(AFTER));
    await h.expectRefused(CHANGE, { input: { placementId: offered.id, status: 'ACCEPTED' } }, refused, on(AFTER));
    await h.expectRefused(CHANGE, { input: { placementId: accepted.id, status: 'ACTIVE' } }, refused, on(AFTER));
    await ok(BEFORE, CHANGE, { input: { placementId: applied.id, status: 'OFFERED' } });
    await ok(BEFORE, CHANGE, { input: { placementId: accepted.id, status: 'ACTIVE' } });
    // Ending a placement is how staff act on a lapse: never refused for it.
    await ok(AFTER, CHANGE, { input: { placementId: accepted.id, status: 'TERMINATED', reason: 'Insurance lapsed' } });
  });

  it('refuses logging and approving hours once the partner has lapsed; rejecting stays open', async () => {
    const w = await world({ opportunity: { partner: h.peer.partner({ insuranceExpiresOn: '2026-03-01' }) } });
    const p = await placed(w);
    const first = entry(p.id, { workDate: '2026-02-10', durationMinutes: 60 });
    const submitted = (await ok(BEFORE, SUBMIT, { input: first })).submitTimeEntry.timeEntry.id;
    const second = (await ok(BEFORE, SUBMIT, { input: entry(p.id, { workDate: '2026-02-11', durationMinutes: 60 }) })).submitTimeEntry.timeEntry.id;
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-12', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'INSURANCE_LAPSED',
    }, on(AFTER));
    // A retry of an entry accepted before the lapse is still answered with the original.
    expect((await ok(AFTER, SUBMIT, { input: first })).submitTimeEntry.timeEntry.id).toBe(submitted);
    await h.expectRefused(APPROVE, { input: { id: submitted } }, { code: 'BAD_USER_INPUT', field: 'input.id', rule: 'INSURANCE_LAPSED' }, on(AFTER));
    await h.expectRefused(BULK, { input: { ids: [submitted, second] } }, { code: 'BAD_USER_INPUT', field: 'input.ids[0]', rule: 'INSURANCE_LAPSED' }, on(AFTER));
    expect((await ok(AFTER, REJECT, { input: { id: second, reason: 'Not on the schedule' } })).rejectTimeEntry.timeEntry.status).toBe('REJECTED');
    // Renewed insurance reopens the placement.
    w.opportunity.partner.insuranceExpiresOn = '2027-03-01';
    expect((await ok(AFTER, APPROVE, { input: { id: submitted } })).approveTimeEntry.timeEntry.status).toBe('APPROVED');
  });

  it("refuses hours once the supervisor's clearance or the partner's agreement has lapsed", async () => {
    const cleared = await world({ supervisor: { backgroundCheck: { level: 'LEVEL_I', status: 'CLEARED', expiresOn: '2026-02-28' } } });
    const p = await placed(cleared);
    await ok('2026-02-20', SUBMIT, { input: entry(p.id, { workDate: '2026-02-19', durationMinutes: 60 }) });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-26', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'SUPERVISOR_CLEARANCE_LAPSED',
    }, on('2026-03-02'));

    const agreement = await world({ opportunity: { partner: h.peer.partner({ agreement: { signedOn: '2025-07-01', expiresOn: '2026-06-30' } }) } });
    const q = await placed(agreement, { endDate: '2026-06-30' });
    await ok('2026-06-30', SUBMIT, { input: entry(q.id, { workDate: '2026-06-29', durationMinutes: 60 }) });
    await h.expectRefused(SUBMIT, { input: entry(q.id, { workDate: '2026-06-30', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'AGREEMENT_LAPSED',
    }, on('2026-07-02'));
  });

  it('shows staff and the host partner what has lapsed on an open placement', async () => {
    const lapsed = await world({ opportunity: { partner: h.peer.partner({ insuranceExpiresOn: '2026-03-01' }) } });
    const p = await placed(lapsed);
    const fine = await placed(await world());
    const suspended = await placed(await world({ opportunity: { partner: h.peer.partner({ status: 'SUSPENDED' }) } }));
    const ended = await placed(lapsed, { status: 'COMPLETED', studentId: (await h.make.student(school)).id });
    const standing = async (id: string, caller = DISTRICT_ADMIN) => (await runOn(AFTER, STANDING, { id }, caller));
    expect((await standing(p.id)).data).toEqual({
      placement: { id: p.id, standing: { ok: false, issues: [{ rule: 'INSURANCE_LAPSED', message: "the partner's insurance expired 2026-03-01; today is 2026-03-10" }] } },
    });
    expect((await standing(fine.id)).data).toEqual({ placement: { id: fine.id, standing: { ok: true, issues: [] } } });
    expect((await standing(suspended.id)).data).toMatchObject({ placement: { standing: { ok: false, issues: [{ rule: 'PARTNER_NOT_ACTIVE' }] } } });
    expect((await standing(ended.id)).data).toEqual({ placement: { id: ended.id, standing: { ok: true, issues: [] } } });
    // The host partner sees its own lapse; the student does not see the compliance record.
    const partner = testCaller('PARTNER_USER', { partnerId: lapsed.opportunity.partner.id });
    expect((await standing(p.id, partner)).data).toMatchObject({ placement: { standing: { ok: false } } });
    const student = await standing(p.id, testCaller('STUDENT', { studentId: lapsed.student.id }));
    expect(student.data).toEqual({ placement: { id: p.id, standing: null } });
    expect(student.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('no hours before the paperwork (item 10)', () => {
  const TODAY = '2026-03-31';

  it("refuses a 14-year-old's hours dated before the agreement, the parent's consent or the employment certificate", async () => {
    // 14 on every work date below; paid work, so the employment certificate is needed too.
    const w = await world({ student: { dateOfBirth: '2011-09-01', gradeLevel: 9 } });
    const p = await placed(w, { agreementSignedOn: '2026-02-16', parentConsentOn: '2026-02-18', employmentCertificateOn: '2026-02-20' });
    const refused = (workDate: string, rule: string) =>
      h.expectRefused(SUBMIT, { input: entry(p.id, { workDate, startTime: '15:30', endTime: '17:30' }) }, { code: 'BAD_USER_INPUT', field: 'input.workDate', rule }, on(TODAY));
    // Three weeks before any paperwork existed.
    const error = await refused('2026-01-26', 'ENTRY_BEFORE_TRAINING_AGREEMENT');
    expect(error.message).toBe('input.workDate: no hours before the paperwork: the signed training agreement was signed 2026-02-16, after 2026-01-26');
    await refused('2026-02-17', 'ENTRY_BEFORE_PARENT_CONSENT');
    await refused('2026-02-19', 'ENTRY_BEFORE_EMPLOYMENT_CERTIFICATE');
    expect((await ok(TODAY, SUBMIT, { input: entry(p.id, { workDate: '2026-02-20', startTime: '15:30', endTime: '17:30' }) })).submitTimeEntry.timeEntry.status).toBe(
      'SUBMITTED',
    );
  });

  it('asks parent consent only of minors and the employment certificate only of paid work under 16', async () => {
    const minor = await world({ student: { dateOfBirth: '2008-09-01' } });
    const unpaid = await placed(minor, { compensationKind: 'UNPAID', hourlyRate: null, agreementSignedOn: '2026-02-02', parentConsentOn: null, employmentCertificateOn: null });
    await h.expectRefused(SUBMIT, { input: entry(unpaid.id, { workDate: '2026-02-03', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.workDate',
      rule: 'ENTRY_BEFORE_PARENT_CONSENT',
    }, on(TODAY));
    const adult = await world({ student: { dateOfBirth: '2007-09-01', gradeLevel: 12 } });
    const p = await placed(adult, { agreementSignedOn: '2026-02-02', parentConsentOn: null, employmentCertificateOn: null });
    await ok(TODAY, SUBMIT, { input: entry(p.id, { workDate: '2026-02-03', durationMinutes: 60 }) });
    await h.expectRefused(SUBMIT, { input: entry(p.id, { workDate: '2026-02-01', durationMinutes: 60 }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.workDate',
      rule: 'ENTRY_BEFORE_TRAINING_AGREEMENT',
    }, on(TODAY));
  });
});

describe("the partner's capacity (item 11)", () => {
  const TODAY = '2025-12-15';

  it('bounds the places its offered, accepted and active placements hold at once, across its opportunities', async () => {
    const partner = h.peer.partner({ capacity: 2 });
    const spring = await world({ opportunity: { partner, startDate: '2026-01-05', endDate: '2026-03-31' } });
    const other = h.peer.opportunity({ partner, startDate: '2026-02-02', endDate: '2026-06-30' });
    const supervisor = h.peer.supervisor(partner);
    await placed(spring, { status: 'ACTIVE', endDate: '2026-03-31' });
    // COMPLETED and APPLIED placements hold no place within the capacity.
    await placed({ ...spring, student: await h.make.student(school) }, { status: 'COMPLETED', endDate: '2026-03-31' });
    const second = { student: await h.make.student(school), opportunity: other, supervisor };
    await placed(second, { status: 'OFFERED', startDate: '2026-02-02' });
    const third = await placed({ ...second, student: await h.make.student(school) }, { status: 'APPLIED', startDate: '2026-02-02' });
    const error = await h.expectRefused(CHANGE, { input: { placementId: third.id, status: 'OFFERED' } }, {
      code: 'CONFLICT',
      field: 'input.placementId',
      rule: 'PARTNER_AT_CAPACITY',
    }, on(TODAY));
    expect(error.message).toContain('the partner hosts at most 2 student(s) at once');
    const late = { ...second, student: await h.make.student(school) };
    await h.expectRefused(CREATE, { input: createInput(late) }, { code: 'CONFLICT', field: 'input.opportunityId', rule: 'PARTNER_AT_CAPACITY' }, on(TODAY));
    // After the spring placement ends a place is free: a placement from April fits.
    const april = await ok(TODAY, CREATE, { input: createInput(late, { startDate: '2026-04-01' }) });
    await ok(TODAY, CHANGE, { input: { placementId: april.createPlacement.placement.id, status: 'OFFERED' } });
  });

  it("gives the partner's last place to exactly one of two concurrent offers on different opportunities", async () => {
    const partner = h.peer.partner({ capacity: 1 });
    const supervisor = h.peer.supervisor(partner);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const w = { student: await h.make.student(school), opportunity: h.peer.opportunity({ partner, slots: 5 }), supervisor };
      ids.push((await ok(TODAY, CREATE, { input: createInput(w) })).createPlacement.placement.id);
    }
    const results = await Promise.all(ids.map((placementId) => runOn(TODAY, CHANGE, { input: { placementId, status: 'OFFERED' } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const lost = results.filter((r) => r.errors);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'PARTNER_AT_CAPACITY' });
    const held: { n: number }[] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements WHERE partner_id = $1 AND status = 'OFFERED'`,
      [partner.id],
    );
    expect(held[0].n).toBe(1);
  });
});

describe('hazardous occupations for minors (item 12)', () => {
  const TODAY = '2025-12-15';
  // Ages on the opportunity's start, 2026-01-05.
  const FOURTEEN = { dateOfBirth: '2011-09-01', gradeLevel: 9 };
  const SEVENTEEN = { dateOfBirth: '2008-09-01', gradeLevel: 12 };

  it('refuses a 14-year-old on a manufacturing floor and places a 17-year-old there', async () => {
    const floor = { hazardousOccupation: 'MANUFACTURING_MINING_OR_PROCESSING' as const };
    const young = await world({ student: FOURTEEN, opportunity: floor });
    const error = await h.expectRefused(CREATE, { input: createInput(young) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.studentId',
      rule: 'HAZARDOUS_OCCUPATION_UNDER_AGE',
    }, on(TODAY));
    expect(error.extensions).toMatchObject({ hazardousOccupation: 'MANUFACTURING_MINING_OR_PROCESSING', minimumAge: 16 });
    expect(error.message).toContain('29 CFR 570.33(a)');
    const older = await world({ student: SEVENTEEN, opportunity: floor });
    await ok(TODAY, CREATE, { input: createInput(older) });
  });

  it('refuses a 17-year-old in roofing (a Hazardous Occupations Order) and places an 18-year-old', async () => {
    const roofing = { hazardousOccupation: 'ROOFING' as const };
    const w = await world({ student: SEVENTEEN, opportunity: roofing });
    const error = await h.expectRefused(CREATE, { input: createInput(w) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.studentId',
      rule: 'HAZARDOUS_OCCUPATION_UNDER_AGE',
    }, on(TODAY));
    expect(error.extensions).toMatchObject({ hazardousOccupation: 'ROOFING', minimumAge: 18 });
    await ok(TODAY, CREATE, { input: createInput(await world({ student: { dateOfBirth: '2007-09-01', gradeLevel: 12 }, opportunity: roofing })) });
  });

  it('re-checks at activation, and follows a stricter configured table', async () => {
    const w = await world({ student: SEVENTEEN, opportunity: { hazardousOccupation: 'CONSTRUCTION' } });
    const accepted = await placed(w, { status: 'ACCEPTED' });
    const stricter = h.build({ ...h.settings, today: () => TODAY, hazardousOccupations: { ...h.settings.hazardousOccupations, CONSTRUCTION: 18 } });
    try {
      const error = await h.expectRefused(CHANGE, { input: { placementId: accepted.id, status: 'ACTIVE' } }, {
        code: 'BAD_USER_INPUT',
        field: 'input.placementId',
        rule: 'HAZARDOUS_OCCUPATION_UNDER_AGE',
      }, stricter);
      expect(error.extensions).toMatchObject({ hazardousOccupation: 'CONSTRUCTION', minimumAge: 18 });
    } finally {
      await stricter.stop();
    }
    expect((await ok(TODAY, CHANGE, { input: { placementId: accepted.id, status: 'ACTIVE' } })).changePlacementStatus.placement.status).toBe('ACTIVE');
  });
});

describe("a placement records its program only for the program's students (item 15)", () => {
  const TODAY = '2025-12-15';
  const TRADES_STAFF = testCaller('DEPARTMENT_STAFF', { department: 'TRADES' });

  it('refuses department staff placing a student outside their program, records no program for others, and the program for its students', async () => {
    const program = await h.make.program([school], { department: 'TRADES' });
    const w = await world({ opportunity: { program: { id: program.id } } });
    // Enrolled only the year before the placement's (2025-2026).
    await h.make.enrollment(w.student, program, { schoolYear: '2024-2025', beginDate: '2024-08-26', endDate: '2025-06-12' });
    const error = await h.expectRefused(CREATE, { input: createInput(w) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.studentId',
      rule: 'STUDENT_NOT_IN_PROGRAM',
    }, on(TODAY), TRADES_STAFF);
    expect(error.message).toContain(`the student is not enrolled in the opportunity's program ${program.id} in 2025-2026`);
    // District staff may still place the student: the placement is then no program's, so no department's.
    const other = { ...w, student: await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 }) };
    expect((await ok(TODAY, CREATE, { input: createInput(other) })).createPlacement.placement).toMatchObject({ program: null, department: null });
    await h.make.enrollment(w.student, program);
    const created = await on(TODAY).execute({ query: CREATE, variables: { input: createInput(w) } }, { caller: TRADES_STAFF });
    expect(created.errors).toBeUndefined();
    expect(created.data).toMatchObject({ createPlacement: { placement: { program: { id: program.id }, department: 'TRADES' } } });
  });
});
