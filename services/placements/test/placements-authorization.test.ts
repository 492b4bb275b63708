import { randomUUID } from 'node:crypto';
import { type Caller, DEVELOPMENT_SIGNING_SECRET, IdentitySigner, serviceCaller } from '@careergraph/kit';
import { DISTRICT_ADMIN, testCaller } from '@careergraph/kit/testing';
import type { ProgramEntity, SchoolEntity, StudentEntity } from '@careergraph/students/src/entities';
import { StudentPartnerAccessFragmentDoc } from '@careergraph/students/src/generated/owners/graphql';
import { studentsOwners } from '@careergraph/students/src/owners/students-owners';
import type { PlacementEntity } from '../src/entities';
import type { PlacementOpportunity } from '../src/owners/placements-owners';
import { PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();

/**
 * Two worlds that must not see each other: school A's student placed with partner 1 on a CTE
 * program's opportunity, and school B's student placed with partner 2 on an opportunity without a
 * program. School A's student also applied to partner 2, to show nested lists filtered; school B's
 * student withdrew an application to partner 1, which leaves partner 1 no interest in them.
 */
let schoolA: SchoolEntity;
let schoolB: SchoolEntity;
let studentA: StudentEntity;
let studentB: StudentEntity;
let opportunity1: PlacementOpportunity;
let opportunity2: PlacementOpportunity;
let supervisor1: string;
let placementA1: PlacementEntity;
let placementB2: PlacementEntity;
let appliedA2: PlacementEntity;
let withdrawnB1: PlacementEntity;
let ctePrograms: string;
let cteProgram: ProgramEntity;

let ADMIN: Caller;
let SCHOOL_A: Caller;
let CTE_STAFF: Caller;
let TRADES_STAFF: Caller;
let PARTNER_1: Caller;
let PARTNER_2: Caller;
let STUDENT_A: Caller;
const ANALYST = testCaller('ANALYST');

beforeAll(async () => {
  await h.start();
  schoolA = await h.make.school();
  schoolB = await h.make.school();
  cteProgram = await h.make.program([schoolA], { department: 'CTE' });
  ctePrograms = cteProgram.id;
  studentA = await h.make.student(schoolA, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
  studentB = await h.make.student(schoolB, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
  opportunity1 = h.peer.opportunity({ program: { id: ctePrograms } });
  opportunity2 = h.peer.opportunity();
  supervisor1 = h.peer.supervisor(opportunity1.partner).id;
  const supervisor2 = h.peer.supervisor(opportunity2.partner).id;
  const refs = (student: StudentEntity, school: SchoolEntity, o: PlacementOpportunity, supervisorId: string) => ({
    studentId: student.id,
    opportunityId: o.id,
    partnerId: o.partner.id,
    supervisorId,
    schoolId: school.id,
  });
  placementA1 = await h.make.placement(refs(studentA, schoolA, opportunity1, supervisor1), {
    programId: ctePrograms,
    department: 'CTE',
    sharedStudentContact: ['EMAIL'],
  });
  placementB2 = await h.make.placement(refs(studentB, schoolB, opportunity2, supervisor2));
  appliedA2 = await h.make.placement(refs(studentA, schoolA, opportunity2, supervisor2), { status: 'APPLIED', startDate: '2026-02-02' });
  withdrawnB1 = await h.make.placement(refs(studentB, schoolB, opportunity1, supervisor1), { status: 'WITHDRAWN', startDate: '2026-02-02' });

  ADMIN = DISTRICT_ADMIN;
  SCHOOL_A = testCaller('SCHOOL_STAFF', { schoolIds: [schoolA.id] });
  CTE_STAFF = testCaller('DEPARTMENT_STAFF', { department: 'CTE' });
  TRADES_STAFF = testCaller('DEPARTMENT_STAFF', { department: 'TRADES' });
  PARTNER_1 = testCaller('PARTNER_USER', { partnerId: opportunity1.partner.id });
  PARTNER_2 = testCaller('PARTNER_USER', { partnerId: opportunity2.partner.id });
  STUDENT_A = testCaller('STUDENT', { studentId: studentA.id });
}, 300_000);

afterAll(() => h.stop(), 60_000);

type Result = Awaited<ReturnType<typeof h.runAs>>;
const codes = (result: Result) => (result.errors ?? []).map((e) => `${e.extensions?.code}:${e.extensions?.rule}`);

const PLACEMENT = `query($id: ID!) { placement(id: $id) { id status partner { id } } }`;
const PLACEMENTS = `query($filter: PlacementFilter) { placements(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
const TIME_ENTRIES = `query { timeEntries(first: 100) { totalCount edges { node { id placement { id } } } } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id status } } }`;
const APPROVE = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { id status decidedBy } } }`;
const REJECT = `mutation($input: RejectTimeEntryInput!) { rejectTimeEntry(input: $input) { timeEntry { id status } } }`;
const BULK = `mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { timeEntries { id status } } }`;
const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { id kind evaluatedBy } } }`;
const REFLECT = `mutation($input: RecordReflectionInput!) { recordReflection(input: $input) { reflection { text } } }`;
const CREATE = `mutation($input: CreatePlacementInput!) {
  createPlacement(input: $input) { placement { id status school { id } program { id } department } }
}`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const AGREEMENT = `mutation($input: RecordTrainingAgreementInput!) {
  recordTrainingAgreement(input: $input) { placement { id trainingAgreement { signedOn weeklyHourCap sharedStudentContact } } }
}`;

let keys = 0;
const entryInput = (placementId: string, workDate: string) => ({ placementId, workDate, durationMinutes: 60, idempotencyKey: `auth-${++keys}` });

async function submitted(placementId: string, workDate: string): Promise<string> {
  const result = await h.run(SUBMIT, { input: entryInput(placementId, workDate) });
  expect(result.errors).toBeUndefined();
  return (result.data as { submitTimeEntry: { timeEntry: { id: string } } }).submitTimeEntry.timeEntry.id;
}

const ratings = { communication: 3, collaboration: 3, professionalism: 4, problemSolving: 3, technicalSkills: 2 };

describe('Query.placement: one placement by id', () => {
  it.each<[string, () => Caller, () => PlacementEntity, 'ok' | string]>([
    ['DISTRICT_ADMIN, any placement', () => ADMIN, () => placementB2, 'ok'],
    ['SCHOOL_STAFF, a placement of their school', () => SCHOOL_A, () => placementA1, 'ok'],
    ['SCHOOL_STAFF, another school', () => SCHOOL_A, () => placementB2, 'FORBIDDEN:OUTSIDE_SCOPE'],
    ['DEPARTMENT_STAFF, a placement of their department', () => CTE_STAFF, () => placementA1, 'ok'],
    ['DEPARTMENT_STAFF, another department', () => TRADES_STAFF, () => placementA1, 'FORBIDDEN:OUTSIDE_SCOPE'],
    ['DEPARTMENT_STAFF, a placement without a program', () => CTE_STAFF, () => placementB2, 'FORBIDDEN:OUTSIDE_SCOPE'],
    ['PARTNER_USER, their own', () => PARTNER_1, () => placementA1, 'ok'],
    ["PARTNER_USER, another partner's", () => PARTNER_1, () => placementB2, 'FORBIDDEN:OUTSIDE_SCOPE'],
    ['STUDENT, their own', () => STUDENT_A, () => placementA1, 'ok'],
    ["STUDENT, another student's", () => STUDENT_A, () => placementB2, 'FORBIDDEN:OUTSIDE_SCOPE'],
    ['ANALYST, any', () => ANALYST, () => placementA1, 'FORBIDDEN:ROLE_POLICY'],
  ])('%s', async (_case, caller, placement, expected) => {
    const result = await h.runAs(caller(), PLACEMENT, { id: placement().id });
    if (expected === 'ok') {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ placement: { id: placement().id, status: placement().status, partner: { id: placement().partnerId } } });
    } else {
      expect(codes(result)).toEqual([expected]);
      expect(result.data).toEqual({ placement: null });
    }
  });
});

describe('lists are narrowed to the caller in SQL', () => {
  const idsOf = (result: Result) => {
    expect(result.errors).toBeUndefined();
    const { placements } = result.data as { placements: { totalCount: number; edges: { node: { id: string } }[] } };
    const ids = placements.edges.map((e) => e.node.id);
    expect(placements.totalCount).toBe(ids.length);
    return ids.sort();
  };

  it('Query.placements gives each role its own placements, even when the filter asks for more', async () => {
    expect(idsOf(await h.runAs(ADMIN, PLACEMENTS))).toEqual(expect.arrayContaining([placementA1.id, placementB2.id, appliedA2.id, withdrawnB1.id]));
    expect(idsOf(await h.runAs(SCHOOL_A, PLACEMENTS))).toEqual([placementA1.id, appliedA2.id].sort());
    expect(idsOf(await h.runAs(SCHOOL_A, PLACEMENTS, { filter: { schoolId: schoolB.id } }))).toEqual([]);
    expect(idsOf(await h.runAs(CTE_STAFF, PLACEMENTS))).toEqual([placementA1.id]);
    expect(idsOf(await h.runAs(TRADES_STAFF, PLACEMENTS))).toEqual([]);
    expect(idsOf(await h.runAs(PARTNER_1, PLACEMENTS))).toEqual([placementA1.id, withdrawnB1.id].sort());
    expect(idsOf(await h.runAs(PARTNER_1, PLACEMENTS, { filter: { partnerId: opportunity2.partner.id } }))).toEqual([]);
    expect(idsOf(await h.runAs(PARTNER_2, PLACEMENTS))).toEqual([placementB2.id, appliedA2.id].sort());
    expect(idsOf(await h.runAs(STUDENT_A, PLACEMENTS))).toEqual([placementA1.id, appliedA2.id].sort());
    expect(codes(await h.runAs(ANALYST, PLACEMENTS))).toEqual(['FORBIDDEN:ROLE_POLICY']);
  });

  it("Query.timeEntries gives a partner only its placements' entries", async () => {
    const mine = await submitted(placementA1.id, '2026-01-06');
    const theirs = await submitted(placementB2.id, '2026-01-06');
    const entryIds = (result: Result) => {
      expect(result.errors).toBeUndefined();
      return (result.data as { timeEntries: { edges: { node: { id: string } }[] } }).timeEntries.edges.map((e) => e.node.id);
    };
    const partnerSees = entryIds(await h.runAs(PARTNER_1, TIME_ENTRIES));
    expect(partnerSees).toContain(mine);
    expect(partnerSees).not.toContain(theirs);
    expect(entryIds(await h.runAs(ADMIN, TIME_ENTRIES))).toEqual(expect.arrayContaining([mine, theirs]));
    expect(codes(await h.runAs(ANALYST, TIME_ENTRIES))).toEqual(['FORBIDDEN:ROLE_POLICY']);
  });
});

describe('page sizes', () => {
  it('caps every connection in the subgraph, whoever asks', async () => {
    const big = await h.runAs(PARTNER_1, `query { placements(first: 101) { totalCount } }`);
    expect(big.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'first']]);
    const nested = await h.runAs(ADMIN, `query($id: ID!) { placement(id: $id) { timeEntries(first: 500) { totalCount } auditTrail(first: 500) { totalCount } } }`, {
      id: placementA1.id,
    });
    expect(nested.errors?.map((e) => [e.extensions?.code, e.path?.join('.')]).sort()).toEqual([
      ['BAD_USER_INPUT', 'placement.auditTrail'],
      ['BAD_USER_INPUT', 'placement.timeEntries'],
    ]);
  });
});

describe('_entities and nested paths', () => {
  it("refuses another partner's placement by _entities, and an ANALYST any", async () => {
    const own = await h.entities(PARTNER_1, 'Placement', [placementA1.id], 'id status');
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ id: placementA1.id, status: 'ACTIVE' }] });
    const other = await h.entities(PARTNER_1, 'Placement', [placementB2.id], 'id status');
    expect(codes(other)).toEqual(['FORBIDDEN:OUTSIDE_SCOPE']);
    expect(other.data).toEqual({ _entities: [null] });
    expect(codes(await h.entities(ANALYST, 'Placement', [placementA1.id], 'id'))).toEqual(['FORBIDDEN:ROLE_POLICY']);
    expect((await h.entities(serviceCaller('students'), 'Placement', [placementB2.id], 'id')).errors).toBeUndefined();
  });

  it("shows a partner only its own placements under Student, Partner and Opportunity", async () => {
    const student = await h.entities(PARTNER_2, 'Student', [studentA.id], 'id placements { id }');
    expect(student.errors).toBeUndefined();
    // School A's student applied to partner 2 and is placed with partner 1: partner 2 sees its own application only.
    expect(student.data).toEqual({ _entities: [{ id: studentA.id, placements: [{ id: appliedA2.id }] }] });
    const own = await h.entities(PARTNER_1, 'Student', [studentA.id], 'placements { id }');
    expect(own.data).toEqual({ _entities: [{ placements: [{ id: placementA1.id }] }] });

    // School B's student, placed with partner 2, withdrew from partner 1: partner 1 sees that application only.
    const other = await h.entities(PARTNER_1, 'Student', [studentB.id], 'id placements { id }');
    expect(other.data).toEqual({ _entities: [{ id: studentB.id, placements: [{ id: withdrawnB1.id }] }] });

    const partners = await h.entities(
      PARTNER_1,
      'Partner',
      [opportunity1.partner.id, opportunity2.partner.id],
      'placements { totalCount edges { node { id } } } stipendTotal',
    );
    expect(partners.data).toEqual({
      _entities: [
        { placements: { totalCount: 2, edges: [{ node: { id: placementA1.id } }, { node: { id: withdrawnB1.id } }] }, stipendTotal: expect.any(Number) },
        { placements: { totalCount: 0, edges: [] }, stipendTotal: null },
      ],
    });
    // What another partner owes its students is not this partner's to read.
    expect(codes(partners)).toEqual(['FORBIDDEN:OUTSIDE_SCOPE']);

    const opportunities = await h.entities(PARTNER_1, 'Opportunity', [opportunity2.id], 'placements { totalCount edges { node { id } } }');
    expect(opportunities.errors).toBeUndefined();
    expect(opportunities.data).toEqual({ _entities: [{ placements: { totalCount: 0, edges: [] } }] });
  });

  it("denies a partner a student's hours and pay and the student's reflection, and still answers the rest", async () => {
    const student = await h.entities(PARTNER_1, 'Student', [studentA.id], 'id workBasedLearningHours stipendTotal');
    expect(student.data).toEqual({ _entities: [{ id: studentA.id, workBasedLearningHours: null, stipendTotal: null }] });
    expect(codes(student)).toEqual(['FORBIDDEN:ROLE_POLICY', 'FORBIDDEN:ROLE_POLICY']);
    const placement = await h.runAs(PARTNER_1, `query($id: ID!) { placement(id: $id) { id reflection { text } auditTrail { totalCount } } }`, {
      id: placementA1.id,
    });
    expect(placement.data).toEqual({ placement: { id: placementA1.id, reflection: null, auditTrail: null } });
    expect(codes(placement).sort()).toEqual(['FORBIDDEN:ROLE_POLICY', 'FORBIDDEN:ROLE_POLICY']);
    const own = await h.entities(STUDENT_A, 'Student', [studentA.id], 'workBasedLearningHours');
    expect(own.errors).toBeUndefined();
  });
});

describe('mutations in and out of scope', () => {
  const createInput = (student: StudentEntity, o: PlacementOpportunity, supervisorId: string) => ({
    studentId: student.id,
    opportunityId: o.id,
    supervisorId,
    plannedHours: 80,
  });

  it('lets school staff create placements for their students only, and never partners or students', async () => {
    const o = h.peer.opportunity();
    const supervisor = h.peer.supervisor(o.partner).id;
    const other = await h.make.student(schoolB, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
    await h.expectRefusedAs(SCHOOL_A, CREATE, { input: createInput(other, o, supervisor) }, { field: 'input.studentId', rule: 'OUTSIDE_SCOPE' });
    const partner = testCaller('PARTNER_USER', { partnerId: o.partner.id });
    await h.expectRefusedAs(partner, CREATE, { input: createInput(studentA, o, supervisor) }, { rule: 'ROLE_POLICY' });
    await h.expectRefusedAs(STUDENT_A, CREATE, { input: createInput(studentA, o, supervisor) }, { rule: 'ROLE_POLICY' });
    const created = await h.runAs(SCHOOL_A, CREATE, { input: createInput(studentA, o, supervisor) });
    expect(created.errors).toBeUndefined();
    expect(created.data).toMatchObject({ createPlacement: { placement: { status: 'APPLIED', school: { id: schoolA.id }, program: null, department: null } } });
  });

  it("snapshots the opportunity's program and department, and lets department staff create only on their programs", async () => {
    const o = h.peer.opportunity({ program: { id: ctePrograms } });
    const supervisor = h.peer.supervisor(o.partner).id;
    const student = await h.make.student(schoolB, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
    // A placement records its program only for a student enrolled in it (STUDENT_NOT_IN_PROGRAM).
    await h.make.enrollment(student, cteProgram);
    await h.expectRefusedAs(TRADES_STAFF, CREATE, { input: createInput(student, o, supervisor) }, { field: 'input.opportunityId', rule: 'OUTSIDE_SCOPE' });
    const created = await h.runAs(CTE_STAFF, CREATE, { input: createInput(student, o, supervisor) });
    expect(created.errors).toBeUndefined();
    expect(created.data).toMatchObject({ createPlacement: { placement: { program: { id: ctePrograms }, department: 'CTE' } } });
  });

  it('lets staff move and sign placements in their scope only', async () => {
    const o = h.peer.opportunity();
    const p = await h.make.placement(
      { studentId: studentA.id, opportunityId: o.id, partnerId: o.partner.id, supervisorId: h.peer.supervisor(o.partner).id, schoolId: schoolA.id },
      { status: 'APPLIED', agreementSignedOn: null, weeklyHourCap: null },
    );
    const agreement = { placementId: p.id, signedOn: '2025-12-01', weeklyHourCap: 10, sharedStudentContact: ['EMAIL', 'PHONE'] };
    await h.expectRefusedAs(testCaller('SCHOOL_STAFF', { schoolIds: [schoolB.id] }), AGREEMENT, { input: agreement }, {
      field: 'input.placementId',
      rule: 'OUTSIDE_SCOPE',
    });
    await h.expectRefusedAs(PARTNER_1, CHANGE, { input: { placementId: p.id, status: 'OFFERED' } }, { rule: 'ROLE_POLICY' });
    await h.expectRefusedAs(TRADES_STAFF, CHANGE, { input: { placementId: p.id, status: 'OFFERED' } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    const signed = await h.runAs(SCHOOL_A, AGREEMENT, { input: agreement });
    expect(signed.errors).toBeUndefined();
    expect(signed.data).toMatchObject({
      recordTrainingAgreement: { placement: { trainingAgreement: { signedOn: '2025-12-01', sharedStudentContact: ['EMAIL', 'PHONE'] } } },
    });
    expect((await h.runAs(SCHOOL_A, CHANGE, { input: { placementId: p.id, status: 'OFFERED' } })).errors).toBeUndefined();
  });

  it('lets a student submit hours for their own placement only', async () => {
    const own = await h.runAs(STUDENT_A, SUBMIT, { input: entryInput(placementA1.id, '2026-01-08') });
    expect(own.errors).toBeUndefined();
    await h.expectRefusedAs(STUDENT_A, SUBMIT, { input: entryInput(placementB2.id, '2026-01-08') }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(PARTNER_1, SUBMIT, { input: entryInput(placementA1.id, '2026-01-09') }, { rule: 'ROLE_POLICY' });
  });

  it("lets a partner approve and reject its own placements' hours, never another's, and refuses a mixed bulk whole", async () => {
    const mine = await submitted(placementA1.id, '2026-01-13');
    const mine2 = await submitted(placementA1.id, '2026-01-14');
    const theirs = await submitted(placementB2.id, '2026-01-13');
    await h.expectRefusedAs(PARTNER_1, APPROVE, { input: { id: theirs } }, { field: 'input.id', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(PARTNER_1, REJECT, { input: { id: theirs, reason: 'Not ours' } }, { field: 'input.id', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(PARTNER_1, BULK, { input: { ids: [mine, theirs] } }, { field: 'input.ids[1]', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(STUDENT_A, APPROVE, { input: { id: mine } }, { rule: 'ROLE_POLICY' });
    await h.expectRefusedAs(SCHOOL_A, APPROVE, { input: { id: mine } }, { rule: 'ROLE_POLICY' });
    const approved = await h.runAs(PARTNER_1, APPROVE, { input: { id: mine } });
    expect(approved.errors).toBeUndefined();
    expect(approved.data).toEqual({ approveTimeEntry: { timeEntry: { id: mine, status: 'APPROVED', decidedBy: PARTNER_1.subject } } });
    const rejected = await h.runAs(PARTNER_1, REJECT, { input: { id: mine2, reason: 'Not on the schedule' } });
    expect(rejected.errors).toBeUndefined();
    const bulk = await h.runAs(PARTNER_2, BULK, { input: { ids: [theirs] } });
    expect(bulk.data).toEqual({ bulkApproveTimeEntries: { timeEntries: [{ id: theirs, status: 'APPROVED' }] } });
  });

  it('lets a partner evaluate its own placements and a student reflect on their own', async () => {
    await h.expectRefusedAs(PARTNER_2, EVALUATE, { input: { placementId: placementA1.id, kind: 'MIDPOINT', ...ratings } }, {
      field: 'input.placementId',
      rule: 'OUTSIDE_SCOPE',
    });
    await h.expectRefusedAs(STUDENT_A, EVALUATE, { input: { placementId: placementA1.id, kind: 'MIDPOINT', ...ratings } }, { rule: 'ROLE_POLICY' });
    const evaluated = await h.runAs(PARTNER_1, EVALUATE, { input: { placementId: placementA1.id, kind: 'MIDPOINT', ...ratings } });
    expect(evaluated.errors).toBeUndefined();
    await h.expectRefusedAs(STUDENT_A, REFLECT, { input: { placementId: placementB2.id, text: 'Not mine' } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(PARTNER_1, REFLECT, { input: { placementId: placementA1.id, text: 'Written for them' } }, { rule: 'ROLE_POLICY' });
    const reflected = await h.runAs(STUDENT_A, REFLECT, { input: { placementId: placementA1.id, text: 'I learned a lot.' } });
    expect(reflected.errors).toBeUndefined();
  });
});

describe('Student.partnerAccess (for the students subgraph)', () => {
  const ACCESS = (partnerId: string) => `id partnerAccess(partnerId: "${partnerId}") { placementId sharesEmail sharesPhone }`;

  it('gives the partner’s placement and the contact details the agreement shares, null when the student is not placed there', async () => {
    const service = serviceCaller('students');
    const result = await h.entities(service, 'Student', [studentA.id, studentB.id], ACCESS(opportunity1.partner.id));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [
        { id: studentA.id, partnerAccess: { placementId: placementA1.id, sharesEmail: true, sharesPhone: false } },
        { id: studentB.id, partnerAccess: null },
      ],
    });
    // Student B's only application to partner 1 was withdrawn (null above); student A's application to partner 2 counts, sharing nothing yet.
    const applied = await h.entities(service, 'Student', [studentA.id], ACCESS(opportunity2.partner.id));
    expect(applied.data).toEqual({ _entities: [{ id: studentA.id, partnerAccess: { placementId: appliedA2.id, sharesEmail: false, sharesPhone: false } }] });
    expect((await h.entities(ADMIN, 'Student', [studentA.id], ACCESS(randomUUID()))).errors).toBeUndefined();
  });

  it('is refused to every person but the district admin', async () => {
    for (const caller of [SCHOOL_A, CTE_STAFF, PARTNER_1, STUDENT_A]) {
      const result = await h.entities(caller, 'Student', [studentA.id], ACCESS(opportunity1.partner.id));
      expect(codes(result)).toEqual(['FORBIDDEN:ROLE_POLICY']);
    }
  });

  it('answers the signed lookup the students subgraph sends over HTTP', async () => {
    const url = await h.server.listen('127.0.0.1', 0);
    const owners = studentsOwners({ entityLookupTimeoutMs: 2000, reportLookupTimeoutMs: 2000 }, { placements: url }, new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]));
    const { placements } = owners({ requestId: 'req-12345678', variables: { partnerId: opportunity1.partner.id } });
    const access = await placements.load(StudentPartnerAccessFragmentDoc, studentA.id);
    expect(access).toEqual({ id: studentA.id, partnerAccess: { placementId: placementA1.id, sharesEmail: true, sharesPhone: false } });
  });
});
