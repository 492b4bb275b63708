import { randomUUID } from 'node:crypto';
import { DISTRICT_ADMIN } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import { PartnersTestPeer } from './support/partners-test-peer';
import { createPlacementInput, type PlacementSetup, PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;

// Two embedded databases and three HTTP servers take longer to start than jest's default hook timeout.
beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

afterAll(() => h.stop(), 60_000);

const CREATE = `mutation($input: CreatePlacementInput!) {
  createPlacement(input: $input) {
    placement {
      id status schoolYear startDate endDate plannedHours transportationSupport
      school { id } student { id } partner { id } supervisor { id } worksite { id }
      compensation { kind hourlyRate }
      statusHistory { from to changedBy reason }
    }
  }
}`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) {
  changePlacementStatus(input: $input) { placement { id status statusHistory { from to reason } } change { from to reason } }
}`;
const AGREEMENT = `mutation($input: RecordTrainingAgreementInput!) {
  recordTrainingAgreement(input: $input) { placement { id trainingAgreement { signedOn parentConsentOn employmentCertificateOn weeklyHourCap } } }
}`;

type Setup = PlacementSetup;

/** A student, opportunity and supervisor that pass every check, each overridable. */
const setup = (overrides: Parameters<PlacementsHarness['setup']>[1] = {}) => h.setup(school, overrides);
const createInput = createPlacementInput;

async function createPlacement(s: Setup, extra: Record<string, unknown> = {}): Promise<string> {
  const result = await h.run(CREATE, { input: createInput(s, extra) });
  expect(result.errors).toBeUndefined();
  return (result.data as { createPlacement: { placement: { id: string } } }).createPlacement.placement.id;
}

async function moveTo(placementId: string, status: string, reason?: string) {
  const result = await h.run(CHANGE, { input: { placementId, status, reason } });
  expect(result.errors).toBeUndefined();
  return result;
}

describe('createPlacement', () => {
  it('creates an APPLIED placement with the school, school year and pay snapshots', async () => {
    const s = await setup({ opportunity: { compensation: { kind: 'WAGE', hourlyRate: 16.5 } } });
    const result = await h.run(CREATE, { input: createInput(s, { startDate: '2026-02-02', transportationSupport: 'TRANSIT_PASS' }) });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      createPlacement: {
        placement: {
          status: 'APPLIED',
          schoolYear: '2025-2026',
          startDate: '2026-02-02',
          endDate: s.opportunity.endDate,
          plannedHours: 120,
          transportationSupport: 'TRANSIT_PASS',
          school: { id: school.id },
          student: { id: s.student.id },
          partner: { id: s.opportunity.partner.id },
          supervisor: { id: s.supervisor.id },
          worksite: { id: s.opportunity.worksite!.id },
          compensation: { kind: 'WAGE', hourlyRate: 16.5 },
          statusHistory: [{ from: null, to: 'APPLIED', changedBy: DISTRICT_ADMIN.subject, reason: null }],
        },
      },
    });
  });

  const partnerWith = (overrides: Record<string, unknown>) => new PartnersTestPeer().partner(overrides);
  it.each<[string, Parameters<typeof setup>[0], Record<string, unknown>, { code: string; field: string; rule: string }]>([
    ['a student who has graduated', { student: { gradeLevel: 12, enrollmentStatus: 'GRADUATED' } }, {}, { code: 'BAD_USER_INPUT', field: 'input.studentId', rule: 'STUDENT_NOT_ENROLLED' }],
    ['a student too young on the start date', { opportunity: { minimumAge: 18 } }, {}, { code: 'BAD_USER_INPUT', field: 'input.studentId', rule: 'STUDENT_TOO_YOUNG' }],
    ['a grade the opportunity is not for', { opportunity: { gradeLevels: [12] } }, {}, { code: 'BAD_USER_INPUT', field: 'input.studentId', rule: 'GRADE_NOT_ELIGIBLE' }],
    ['a partner that is not ACTIVE', { opportunity: { partner: partnerWith({ status: 'SUSPENDED' }) } }, {}, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'PARTNER_NOT_ACTIVE' }],
    ['an agreement ending before the placement', { opportunity: { partner: partnerWith({ agreement: { signedOn: '2025-07-01', expiresOn: '2026-03-31' } }) } }, {}, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'AGREEMENT_NOT_CURRENT' }],
    ['no agreement on file', { opportunity: { partner: partnerWith({ agreement: null }) } }, {}, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'AGREEMENT_NOT_CURRENT' }],
    ['insurance expired at the start', { opportunity: { partner: partnerWith({ insuranceExpiresOn: '2025-12-31' }) } }, {}, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'INSURANCE_NOT_CURRENT' }],
    ['an opportunity that is not PUBLISHED', { opportunity: { status: 'DRAFT' } }, {}, { code: 'BAD_USER_INPUT', field: 'input.opportunityId', rule: 'OPPORTUNITY_NOT_PUBLISHED' }],
    ['a start before the opportunity', {}, { startDate: '2025-12-01' }, { code: 'BAD_USER_INPUT', field: 'input.startDate', rule: 'DATES_OUTSIDE_OPPORTUNITY' }],
    ['an end after the opportunity', {}, { endDate: '2026-08-01' }, { code: 'BAD_USER_INPUT', field: 'input.endDate', rule: 'DATES_OUTSIDE_OPPORTUNITY' }],
    ['a supervisor without the SUPERVISOR role', { supervisor: { roles: ['COORDINATOR'] } }, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['a supervisor with a PENDING check', { supervisor: { backgroundCheck: { level: 'LEVEL_I', status: 'PENDING', expiresOn: null } } }, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['a supervisor whose check expires before the start', { supervisor: { backgroundCheck: { level: 'LEVEL_I', status: 'CLEARED', expiresOn: '2025-12-31' } } }, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['a LEVEL_II supervisor for a LEVEL_I activity', { supervisor: { backgroundCheck: { level: 'LEVEL_II', status: 'CLEARED', expiresOn: '2027-01-31' } } }, {}, { code: 'BAD_USER_INPUT', field: 'input.supervisorId', rule: 'SUPERVISOR_NOT_CLEARED' }],
    ['no slots left', { opportunity: { slots: 0 } }, {}, { code: 'CONFLICT', field: 'input.opportunityId', rule: 'NO_SLOTS_LEFT' }],
  ])('refuses %s and writes nothing', async (_case, overrides, extra, expected) => {
    const s = await setup(overrides);
    await h.expectRefused(CREATE, { input: createInput(s, extra) }, expected);
  });

  it('accepts a LEVEL_I supervisor for a LEVEL_II activity, and refuses a contact of another partner', async () => {
    const s = await setup({ opportunity: { requiredClearance: 'LEVEL_II' } });
    await createPlacement(s);
    const other = h.peer.supervisor(h.peer.partner());
    await h.expectRefused(CREATE, { input: createInput(s, { supervisorId: other.id }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.supervisorId',
      rule: 'SUPERVISOR_NOT_CLEARED',
    });
  });

  it('refuses unknown references and a second open placement on the same opportunity', async () => {
    const s = await setup();
    await h.expectRefused(CREATE, { input: createInput(s, { studentId: randomUUID() }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.studentId',
      rule: 'REFERENCE_NOT_FOUND',
    });
    await h.expectRefused(CREATE, { input: createInput(s, { opportunityId: randomUUID() }) }, {
      code: 'BAD_USER_INPUT',
      field: 'input.opportunityId',
      rule: 'REFERENCE_NOT_FOUND',
    });
    const id = await createPlacement(s);
    await h.expectRefused(CREATE, { input: createInput(s) }, { code: 'CONFLICT', field: 'input.studentId', rule: 'DUPLICATE_PLACEMENT' });
    // Once the first is withdrawn, the student may apply again.
    await moveTo(id, 'WITHDRAWN', 'changed mind');
    await createPlacement(s);
  });

  it('refuses with SERVICE_UNAVAILABLE naming partners when the partners subgraph is down', async () => {
    const s = await setup();
    const downPeer = new PartnersTestPeer();
    const url = await downPeer.start();
    await downPeer.stop();
    const server = h.build({ ...h.settings, partnersUrl: url });
    try {
      const error = await h.expectRefused(CREATE, { input: createInput(s) }, { code: 'SERVICE_UNAVAILABLE' }, server);
      expect(error.extensions).toMatchObject({ subgraph: 'partners' });
      expect(error.message).toContain('partners');
    } finally {
      await server.stop();
    }
  });
  it('refuses with SERVICE_UNAVAILABLE naming students when the students subgraph does not answer', async () => {
    const s = await setup();
    // A port that just stopped listening: nothing answers there.
    const gone = new PartnersTestPeer();
    const studentsUrl = await gone.start();
    await gone.stop();
    const server = h.build({ ...h.settings, studentsUrl });
    try {
      const error = await h.expectRefused(CREATE, { input: createInput(s) }, { code: 'SERVICE_UNAVAILABLE' }, server);
      expect(error.extensions).toMatchObject({ subgraph: 'students' });
    } finally {
      await server.stop();
    }
  });
});

describe('changePlacementStatus', () => {
  it('walks APPLIED → OFFERED → ACCEPTED → ACTIVE → COMPLETED, recording the history', async () => {
    const s = await setup();
    const id = await createPlacement(s);
    await moveTo(id, 'OFFERED');
    await moveTo(id, 'ACCEPTED');
    const agreement = await h.run(AGREEMENT, { input: { placementId: id, signedOn: '2025-12-15', parentConsentOn: '2025-12-15', weeklyHourCap: 15 } });
    expect(agreement.errors).toBeUndefined();
    await moveTo(id, 'ACTIVE');
    const done = await moveTo(id, 'COMPLETED');
    expect(done.data).toMatchObject({
      changePlacementStatus: {
        placement: {
          status: 'COMPLETED',
          statusHistory: [
            { from: null, to: 'APPLIED' },
            { from: 'APPLIED', to: 'OFFERED' },
            { from: 'OFFERED', to: 'ACCEPTED' },
            { from: 'ACCEPTED', to: 'ACTIVE' },
            { from: 'ACTIVE', to: 'COMPLETED' },
          ],
        },
        change: { from: 'ACTIVE', to: 'COMPLETED', reason: null },
      },
    });
  });

  it('refuses transitions the lifecycle does not allow, and terminal states go nowhere', async () => {
    const s = await setup();
    const id = await createPlacement(s);
    for (const status of ['ACCEPTED', 'ACTIVE', 'COMPLETED', 'TERMINATED', 'APPLIED']) {
      await h.expectRefused(CHANGE, { input: { placementId: id, status, reason: 'x' } }, {
        code: 'BAD_USER_INPUT',
        field: 'input.status',
        rule: 'INVALID_STATUS_TRANSITION',
      });
    }
    await moveTo(id, 'DECLINED', 'position filled');
    await h.expectRefused(CHANGE, { input: { placementId: id, status: 'OFFERED' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      rule: 'INVALID_STATUS_TRANSITION',
    });
  });

  it.each(['DECLINED', 'WITHDRAWN'])('requires a reason for %s', async (status) => {
    const s = await setup();
    const id = await createPlacement(s);
    await h.expectRefused(CHANGE, { input: { placementId: id, status, reason: '  ' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      rule: 'REASON_REQUIRED',
    });
    const result = await moveTo(id, status, 'family moved');
    expect(result.data).toMatchObject({ changePlacementStatus: { change: { to: status, reason: 'family moved' } } });
  });

  it('refuses an unknown placement as NOT_FOUND', async () => {
    await h.expectRefused(CHANGE, { input: { placementId: randomUUID(), status: 'OFFERED' } }, { code: 'NOT_FOUND', field: 'input.placementId' });
  });

  async function accepted(overrides: Parameters<typeof setup>[0] = {}) {
    const s = await setup(overrides);
    const id = await createPlacement(s);
    await moveTo(id, 'OFFERED');
    await moveTo(id, 'ACCEPTED');
    return { ...s, id };
  }

  it.each<[string, Parameters<typeof setup>[0], Record<string, unknown> | null]>([
    ['no training agreement', {}, null],
    ['no parent consent for a student under 18', {}, { signedOn: '2025-12-15', weeklyHourCap: 15 }],
    [
      'no employment certificate for paid work under 16',
      { student: { dateOfBirth: '2011-03-01', gradeLevel: 9 } },
      { signedOn: '2025-12-15', parentConsentOn: '2025-12-15', weeklyHourCap: 10 },
    ],
  ])('refuses to activate with %s', async (_case, overrides, agreement) => {
    const p = await accepted(overrides);
    if (agreement) expect((await h.run(AGREEMENT, { input: { placementId: p.id, ...agreement } })).errors).toBeUndefined();
    await h.expectRefused(CHANGE, { input: { placementId: p.id, status: 'ACTIVE' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'TRAINING_AGREEMENT_INCOMPLETE',
    });
  });

  it('activates an unpaid placement under 16 without an employment certificate', async () => {
    const p = await accepted({
      student: { dateOfBirth: '2011-03-01', gradeLevel: 9 },
      opportunity: { compensation: { kind: 'UNPAID', hourlyRate: null } },
    });
    await h.run(AGREEMENT, { input: { placementId: p.id, signedOn: '2025-12-15', parentConsentOn: '2025-12-15', weeklyHourCap: 10 } });
    await moveTo(p.id, 'ACTIVE');
  });

  it('re-runs the reference checks on activation: a partner suspended since the offer blocks it', async () => {
    const p = await accepted();
    await h.run(AGREEMENT, { input: { placementId: p.id, signedOn: '2025-12-15', parentConsentOn: '2025-12-15', weeklyHourCap: 15 } });
    p.opportunity.partner.status = 'SUSPENDED';
    await h.expectRefused(CHANGE, { input: { placementId: p.id, status: 'ACTIVE' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'PARTNER_NOT_ACTIVE',
    });
  });

  it('gives the last slot to exactly one of two concurrent offers', async () => {
    const opportunity = h.peer.opportunity({ slots: 1 });
    const supervisor = h.peer.supervisor(opportunity.partner);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const student = await h.make.student(school);
      ids.push(await createPlacement({ student, opportunity, supervisor }));
    }
    const results = await Promise.all(ids.map((placementId) => h.run(CHANGE, { input: { placementId, status: 'OFFERED' } })));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'NO_SLOTS_LEFT' });
    const held: { n: number }[] = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM placements.placements WHERE opportunity_id = $1 AND status = 'OFFERED'`,
      [opportunity.id],
    );
    expect(held[0].n).toBe(1);
    // A third student may still apply (applying holds no slot) but is refused at creation once none is left.
    const late = await h.make.student(school);
    await h.expectRefused(CREATE, { input: { studentId: late.id, opportunityId: opportunity.id, supervisorId: supervisor.id, plannedHours: 10 } }, {
      code: 'CONFLICT',
      field: 'input.opportunityId',
      rule: 'NO_SLOTS_LEFT',
    });
  });

  it('reports slotsRemaining on the opportunity from the slots partners sends', async () => {
    const s = await setup({ opportunity: { slots: 3 } });
    const id = await createPlacement(s);
    await moveTo(id, 'OFFERED');
    const result = await h.run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Opportunity { slotsRemaining placements { totalCount } } } }`,
      { reps: [{ __typename: 'Opportunity', id: s.opportunity.id, slots: 3 }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ slotsRemaining: 2, placements: { totalCount: 1 } }] });
  });
});

describe('entity references', () => {
  it('resolves placements by key and answers null for malformed keys of every entity', async () => {
    const s = await setup();
    const id = await createPlacement(s);
    const result = await h.run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Placement { id status } } }`,
      {
        reps: [
          { __typename: 'Placement', id },
          { __typename: 'Placement', id: 'nope' },
          { __typename: 'Student', id: 'nope' },
          { __typename: 'Partner', id: 'nope' },
          { __typename: 'Opportunity', id: 'nope', slots: 1 },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ __typename: 'Placement', id, status: 'APPLIED' }, null, null, null, null] });
  });
});

describe('recordTrainingAgreement', () => {
  it('refuses a weekly cap out of range and a closed placement', async () => {
    const s = await setup();
    const id = await createPlacement(s);
    await h.expectRefused(AGREEMENT, { input: { placementId: id, signedOn: '2025-12-15', weeklyHourCap: 0 } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.weeklyHourCap',
    });
    await moveTo(id, 'WITHDRAWN', 'moved away');
    await h.expectRefused(AGREEMENT, { input: { placementId: id, signedOn: '2025-12-15', weeklyHourCap: 10 } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.placementId',
      rule: 'PLACEMENT_CLOSED',
    });
  });
});

describe('placements query', () => {
  it('filters by student and school year and pages by start date', async () => {
    const s = await setup();
    await createPlacement(s);
    const result = await h.run(
      `query($filter: PlacementFilter) { placements(filter: $filter, first: 5) { totalCount edges { node { student { id } schoolYear } } } }`,
      { filter: { studentId: s.student.id, schoolYear: '2025-2026' } },
    );
    expect(result.data).toMatchObject({ placements: { totalCount: 1, edges: [{ node: { student: { id: s.student.id }, schoolYear: '2025-2026' } }] } });
  });
});
