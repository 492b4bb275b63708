import { type Caller, countStatements } from '@careergraph/kit';
import { DISTRICT_ADMIN, testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity, StudentEntity } from '@careergraph/students/src/entities';
import type { PlacementEntity } from '../src/entities';
import { PlacementsHarness } from './support/placements-harness';

const h = new PlacementsHarness();
let school: SchoolEntity;
let SCHOOL: Caller;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
  SCHOOL = testCaller('SCHOOL_STAFF', { schoolIds: [school.id] });
}, 300_000);

afterAll(() => h.stop(), 60_000);

const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`;
const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const AGREEMENT = `mutation($input: RecordTrainingAgreementInput!) { recordTrainingAgreement(input: $input) { placement { id } } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id } } }`;
const APPROVE = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { id status } } }`;
const REJECT = `mutation($input: RejectTimeEntryInput!) { rejectTimeEntry(input: $input) { timeEntry { id status } } }`;
const BULK = `mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { timeEntries { id status } } }`;
const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { id } } }`;
const REFLECT = `mutation($input: RecordReflectionInput!) { recordReflection(input: $input) { reflection { text } } }`;
const TRAIL = `query($id: ID!, $first: Int, $after: String) {
  placement(id: $id) {
    auditTrail(first: $first, after: $after) {
      totalCount
      edges { node { actor actorRole operation entityType entityId action before after } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface EventRow {
  actor_subject: string;
  actor_role: string;
  request_id: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit events written about one entity, oldest first. */
const eventsOf = (entityId: string): Promise<EventRow[]> =>
  h.dataSource.query(`SELECT * FROM placements.audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`, [entityId]);

const ratings = { communication: 3, collaboration: 3, professionalism: 4, problemSolving: 3, technicalSkills: 2 };
let keys = 0;

/** An ACTIVE placement of a new student of the school, its partner's user and the student's caller. */
async function activePlacement(overrides: Partial<PlacementEntity> = {}) {
  const student: StudentEntity = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
  const opportunity = h.peer.opportunity();
  const supervisor = h.peer.supervisor(opportunity.partner);
  const placement = await h.make.placement(
    { studentId: student.id, opportunityId: opportunity.id, partnerId: opportunity.partner.id, supervisorId: supervisor.id, schoolId: school.id },
    overrides,
  );
  return {
    placement,
    partner: testCaller('PARTNER_USER', { partnerId: opportunity.partner.id }),
    student: testCaller('STUDENT', { studentId: student.id }),
  };
}

async function submitted(caller: Caller, placementId: string, workDate: string): Promise<string> {
  const result = await h.runAs(caller, SUBMIT, { input: { placementId, workDate, durationMinutes: 60, idempotencyKey: `audit-${++keys}` } });
  expect(result.errors).toBeUndefined();
  return (result.data as { submitTimeEntry: { timeEntry: { id: string } } }).submitTimeEntry.timeEntry.id;
}

describe('audit events', () => {
  it('records creating, moving and signing a placement: actor, operation, before and after', async () => {
    const student = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
    const opportunity = h.peer.opportunity();
    const supervisor = h.peer.supervisor(opportunity.partner);
    const created = await h.runAs(SCHOOL, CREATE, {
      input: { studentId: student.id, opportunityId: opportunity.id, supervisorId: supervisor.id, plannedHours: 60 },
    });
    expect(created.errors).toBeUndefined();
    const id = (created.data as { createPlacement: { placement: { id: string } } }).createPlacement.placement.id;
    expect((await h.runAs(SCHOOL, CHANGE, { input: { placementId: id, status: 'OFFERED' } })).errors).toBeUndefined();
    const agreement = { placementId: id, signedOn: '2025-12-01', weeklyHourCap: 10, sharedStudentContact: ['EMAIL'] };
    expect((await h.runAs(SCHOOL, AGREEMENT, { input: agreement })).errors).toBeUndefined();

    const events = await eventsOf(id);
    expect(events).toMatchObject([
      { operation: 'createPlacement', action: 'CREATED', entity_type: 'Placement', before: null, after: { id, status: 'APPLIED', schoolId: school.id } },
      { operation: 'changePlacementStatus', action: 'STATUS_CHANGED', before: { status: 'APPLIED' }, after: { status: 'OFFERED' } },
      {
        operation: 'recordTrainingAgreement',
        action: 'AGREEMENT_RECORDED',
        before: { agreementSignedOn: null, sharedStudentContact: [] },
        after: { agreementSignedOn: '2025-12-01', weeklyHourCap: 10, sharedStudentContact: ['EMAIL'] },
      },
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ actor_subject: SCHOOL.subject, actor_role: 'SCHOOL_STAFF' });
      expect(event.request_id).toMatch(/.{8,}/);
    }
  });

  it('records submitting, approving and rejecting hours, and a bulk approval in one INSERT', async () => {
    const { placement, partner, student } = await activePlacement();
    const approved = await submitted(student, placement.id, '2026-01-06');
    const rejected = await submitted(student, placement.id, '2026-01-07');
    expect((await h.runAs(partner, APPROVE, { input: { id: approved } })).errors).toBeUndefined();
    expect((await h.runAs(partner, REJECT, { input: { id: rejected, reason: 'Not on the schedule' } })).errors).toBeUndefined();
    expect(await eventsOf(approved)).toMatchObject([
      { operation: 'submitTimeEntry', action: 'SUBMITTED', actor_role: 'STUDENT', before: null, after: { status: 'SUBMITTED', durationMinutes: 60 } },
      {
        operation: 'approveTimeEntry',
        action: 'APPROVED',
        actor_subject: partner.subject,
        before: { status: 'SUBMITTED', decidedBy: null },
        after: { status: 'APPROVED', decidedBy: partner.subject },
      },
    ]);
    expect((await eventsOf(rejected))[1]).toMatchObject({ action: 'REJECTED', after: { status: 'REJECTED', rejectionReason: 'Not on the schedule' } });

    const one = [await submitted(student, placement.id, '2026-01-13')];
    const three = [
      await submitted(student, placement.id, '2026-01-14'),
      await submitted(student, placement.id, '2026-01-15'),
      await submitted(student, placement.id, '2026-01-16'),
    ];
    const bulk = (ids: string[]) => countStatements(() => h.runAs(partner, BULK, { input: { ids } }));
    const single = await bulk(one);
    const triple = await bulk(three);
    expect(triple.result.errors).toBeUndefined();
    // Three entries cost what one does: one UPDATE for the entries, one INSERT for their events.
    expect(triple.statements).toBe(single.statements);
    const events = (await Promise.all(three.map(eventsOf))).map((e) => e[1]);
    expect(events.map((e) => [e.operation, e.action])).toEqual(Array(3).fill(['bulkApproveTimeEntries', 'APPROVED']));
    expect(new Set(events.map((e) => e.request_id)).size).toBe(1);
  });

  it('records an evaluation and a reflection, its first version and each rewrite', async () => {
    const { placement, partner, student } = await activePlacement();
    const evaluated = await h.runAs(partner, EVALUATE, { input: { placementId: placement.id, kind: 'MIDPOINT', ...ratings } });
    const evaluationId = (evaluated.data as { recordEvaluation: { evaluation: { id: string } } }).recordEvaluation.evaluation.id;
    expect(await eventsOf(evaluationId)).toMatchObject([
      { operation: 'recordEvaluation', action: 'CREATED', entity_type: 'Evaluation', before: null, after: { kind: 'MIDPOINT', technicalSkills: 2 } },
    ]);
    expect((await h.runAs(student, REFLECT, { input: { placementId: placement.id, text: 'First thoughts.' } })).errors).toBeUndefined();
    expect((await h.runAs(student, REFLECT, { input: { placementId: placement.id, text: 'Second thoughts.' } })).errors).toBeUndefined();
    const reflections = (await eventsOf(placement.id)).filter((e) => e.entity_type === 'Reflection');
    expect(reflections).toMatchObject([
      { operation: 'recordReflection', action: 'CREATED', before: null, after: { text: 'First thoughts.' } },
      { operation: 'recordReflection', action: 'UPDATED', before: { text: 'First thoughts.' }, after: { text: 'Second thoughts.' } },
    ]);
  });

  it('writes no event for a refused mutation: the change and its record roll back together', async () => {
    const { placement, partner, student } = await activePlacement();
    const decided = await submitted(student, placement.id, '2026-01-06');
    const open = await submitted(student, placement.id, '2026-01-07');
    expect((await h.runAs(partner, APPROVE, { input: { id: decided } })).errors).toBeUndefined();
    // expectRefused compares every table of the schema, audit_events included.
    await h.expectRefusedAs(partner, BULK, { input: { ids: [open, decided] } }, { code: 'CONFLICT', field: 'input.ids[1]', rule: 'ENTRY_ALREADY_DECIDED' });
    expect((await h.runAs(partner, EVALUATE, { input: { placementId: placement.id, kind: 'FINAL', ...ratings } })).errors).toBeUndefined();
    await h.expectRefusedAs(partner, EVALUATE, { input: { placementId: placement.id, kind: 'FINAL', ...ratings } }, {
      code: 'CONFLICT',
      field: 'input.kind',
      rule: 'EVALUATION_ALREADY_RECORDED',
    });
    await h.expectRefusedAs(student, SUBMIT, { input: { placementId: placement.id, workDate: '2025-12-01', durationMinutes: 60, idempotencyKey: 'early' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.workDate',
      rule: 'ENTRY_OUTSIDE_PLACEMENT_DATES',
    });
    expect((await eventsOf(open)).map((e) => e.action)).toEqual(['SUBMITTED']);
  });

  it('keeps events append-only', async () => {
    const { placement, student } = await activePlacement();
    const entry = await submitted(student, placement.id, '2026-01-06');
    await expect(h.dataSource.query(`UPDATE placements.audit_events SET action = 'X' WHERE entity_id = $1`, [entry])).rejects.toThrow(/append-only/);
    await expect(h.dataSource.query(`DELETE FROM placements.audit_events WHERE entity_id = $1`, [entry])).rejects.toThrow(/append-only/);
  });
});

describe('Placement.auditTrail', () => {
  it('pages every event of the placement and of its entries, evaluations and reflection, oldest first', async () => {
    const { placement, partner, student } = await activePlacement({ department: 'TRADES', programId: '00000000-0000-4000-8000-000000000001' });
    const entry = await submitted(student, placement.id, '2026-01-06');
    expect((await h.runAs(partner, APPROVE, { input: { id: entry } })).errors).toBeUndefined();
    expect((await h.runAs(partner, EVALUATE, { input: { placementId: placement.id, kind: 'MIDPOINT', ...ratings } })).errors).toBeUndefined();
    expect((await h.runAs(student, REFLECT, { input: { placementId: placement.id, text: 'Good.' } })).errors).toBeUndefined();
    expect((await h.run(CHANGE, { input: { placementId: placement.id, status: 'COMPLETED' } })).errors).toBeUndefined();

    type Trail = { totalCount: number; edges: { node: { operation: string; entityType: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const page = async (caller: Caller, after: string | null) => {
      const result = await h.runAs(caller, TRAIL, { id: placement.id, first: 3, after });
      expect(result.errors).toBeUndefined();
      return (result.data as { placement: { auditTrail: Trail } }).placement.auditTrail;
    };
    const first = await page(DISTRICT_ADMIN, null);
    const second = await page(DISTRICT_ADMIN, first.pageInfo.endCursor);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => `${e.node.entityType}:${e.node.operation}`)).toEqual([
      'TimeEntry:submitTimeEntry',
      'TimeEntry:approveTimeEntry',
      'Evaluation:recordEvaluation',
      'Reflection:recordReflection',
      'Placement:changePlacementStatus',
    ]);
    // School and department staff read the trail of placements in their scope.
    expect((await page(SCHOOL, null)).totalCount).toBe(5);
    expect((await page(testCaller('DEPARTMENT_STAFF', { department: 'TRADES' }), null)).totalCount).toBe(5);
    const refused = await h.runAs(student, TRAIL, { id: placement.id });
    expect(refused.data).toEqual({ placement: { auditTrail: null } });
    expect(refused.errors?.map((e) => e.extensions?.rule)).toEqual(['ROLE_POLICY']);
  });

  it('loads the trails of a page of placements in one statement', async () => {
    const fresh = await h.make.school();
    const admin = DISTRICT_ADMIN;
    const make = async () => {
      const student = await h.make.student(fresh, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
      const opportunity = h.peer.opportunity();
      const placement = await h.make.placement({
        studentId: student.id,
        opportunityId: opportunity.id,
        partnerId: opportunity.partner.id,
        supervisorId: h.peer.supervisor(opportunity.partner).id,
        schoolId: fresh.id,
      });
      await submitted(admin, placement.id, '2026-01-06');
    };
    const LIST = `query($schoolId: ID!) { placements(filter: { schoolId: $schoolId }, first: 10) { edges { node { auditTrail(first: 5) { edges { node { action } } } } } } }`;
    await make();
    const one = await countStatements(() => h.run(LIST, { schoolId: fresh.id }));
    await make();
    await make();
    const three = await countStatements(() => h.run(LIST, { schoolId: fresh.id }));
    expect(three.result.errors).toBeUndefined();
    expect((three.result.data as { placements: { edges: unknown[] } }).placements.edges).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
  });
});
