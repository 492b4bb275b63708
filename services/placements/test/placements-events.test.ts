import type { Caller } from '@careergraph/kit';
import { testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
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

const CHANGE = `mutation($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { placement { id status } } }`;
const AGREEMENT = `mutation($input: RecordTrainingAgreementInput!) { recordTrainingAgreement(input: $input) { placement { id } } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id } } }`;
const REJECT = `mutation($input: RejectTimeEntryInput!) { rejectTimeEntry(input: $input) { timeEntry { id status } } }`;
const BULK = `mutation($input: BulkApproveTimeEntriesInput!) { bulkApproveTimeEntries(input: $input) { timeEntries { id status } } }`;
const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { id } } }`;

interface OutboxRow {
  type: string;
  source: string;
  subject_type: string;
  subject_id: string;
  partner_id: string | null;
  student_id: string | null;
  school_id: string | null;
  data: Record<string, unknown>;
  relayed_at: Date | null;
}

/** The outbox events about one placement or anything recorded on it, in the order recorded. */
const eventsOf = (placementId: string): Promise<OutboxRow[]> =>
  h.dataSource.query(
    `SELECT type, source, subject_type, subject_id, partner_id, student_id, school_id, data, relayed_at
       FROM placements.outbox_events WHERE data->>'placementId' = $1 ORDER BY position`,
    [placementId],
  );

const ratings = { communication: 3, collaboration: 3, professionalism: 4, problemSolving: 3, technicalSkills: 2 };
let keys = 0;

async function placementOf(overrides: Partial<PlacementEntity>) {
  const student = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
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

/** The routing every event about `placement` carries. */
const routedBy = (placement: PlacementEntity) => ({
  source: 'placements',
  partner_id: placement.partnerId,
  student_id: placement.studentId,
  school_id: placement.schoolId,
  relayed_at: null,
});

async function submitted(caller: Caller, placementId: string, workDate: string): Promise<string> {
  const result = await h.runAs(caller, SUBMIT, { input: { placementId, workDate, durationMinutes: 60, idempotencyKey: `events-${++keys}` } });
  expect(result.errors).toBeUndefined();
  return (result.data as { submitTimeEntry: { timeEntry: { id: string } } }).submitTimeEntry.timeEntry.id;
}

describe('domain events in the outbox', () => {
  it('writes exactly the status change event, in the transaction that changes the status', async () => {
    const { placement } = await placementOf({ status: 'APPLIED' });
    expect((await h.runAs(SCHOOL, CHANGE, { input: { placementId: placement.id, status: 'OFFERED' } })).errors).toBeUndefined();
    expect(await eventsOf(placement.id)).toEqual([
      {
        ...routedBy(placement),
        type: 'placement.offered',
        subject_type: 'Placement',
        subject_id: placement.id,
        data: { placementId: placement.id, supervisorId: placement.supervisorId, opportunityId: placement.opportunityId, status: 'OFFERED', fromStatus: 'APPLIED' },
      },
    ]);
    // xmin names the transaction that wrote a row: the event's is the status change's.
    const [{ same }] = await h.dataSource.query(
      `SELECT (SELECT xmin::text FROM placements.outbox_events WHERE subject_id = $1) =
              (SELECT xmin::text FROM placements.placement_status_changes WHERE placement_id = $1 AND to_status = 'OFFERED') AS same`,
      [placement.id],
    );
    expect(same).toBe(true);
  });

  it('names each status change by the status it reaches, and records the training agreement', async () => {
    const { placement } = await placementOf({ status: 'ACCEPTED', agreementSignedOn: null });
    const agreement = { placementId: placement.id, signedOn: '2025-12-01', parentConsentOn: '2025-12-01', employmentCertificateOn: '2025-12-01', weeklyHourCap: 10 };
    expect((await h.runAs(SCHOOL, AGREEMENT, { input: agreement })).errors).toBeUndefined();
    for (const status of ['ACTIVE', 'COMPLETED']) {
      expect((await h.runAs(SCHOOL, CHANGE, { input: { placementId: placement.id, status } })).errors).toBeUndefined();
    }
    expect((await eventsOf(placement.id)).map((event) => [event.type, event.data.status])).toEqual([
      ['placement.agreement-recorded', 'ACCEPTED'],
      ['placement.activated', 'ACTIVE'],
      ['placement.completed', 'COMPLETED'],
    ]);
  });

  it('records hours submitted, approved and rejected, and evaluations, about their own subjects', async () => {
    const { placement, partner, student } = await placementOf({});
    const approved = [await submitted(student, placement.id, '2026-01-06'), await submitted(student, placement.id, '2026-01-07')];
    const rejected = await submitted(student, placement.id, '2026-01-08');
    expect((await h.runAs(partner, BULK, { input: { ids: approved } })).errors).toBeUndefined();
    expect((await h.runAs(partner, REJECT, { input: { id: rejected, reason: 'Not on the schedule' } })).errors).toBeUndefined();
    const evaluated = await h.runAs(partner, EVALUATE, { input: { placementId: placement.id, kind: 'MIDPOINT', ...ratings } });
    const evaluationId = (evaluated.data as { recordEvaluation: { evaluation: { id: string } } }).recordEvaluation.evaluation.id;

    const events = await eventsOf(placement.id);
    expect(events.map((event) => [event.type, event.subject_type, event.subject_id])).toEqual([
      ['time-entry.submitted', 'TimeEntry', approved[0]],
      ['time-entry.submitted', 'TimeEntry', approved[1]],
      ['time-entry.submitted', 'TimeEntry', rejected],
      ['time-entry.approved', 'TimeEntry', approved[0]],
      ['time-entry.approved', 'TimeEntry', approved[1]],
      ['time-entry.rejected', 'TimeEntry', rejected],
      ['evaluation.submitted', 'Evaluation', evaluationId],
    ]);
    for (const event of events) expect(event).toMatchObject(routedBy(placement));
    // Ids and states only: no reason, notes or ratings travel.
    expect(events[5].data).toEqual({ placementId: placement.id, supervisorId: placement.supervisorId, status: 'REJECTED' });
    expect(events[6].data).toEqual({ placementId: placement.id, supervisorId: placement.supervisorId, kind: 'MIDPOINT' });
  });

  it('writes no event for a refused mutation', async () => {
    const { placement, partner, student } = await placementOf({});
    const decided = await submitted(student, placement.id, '2026-01-06');
    const open = await submitted(student, placement.id, '2026-01-07');
    expect((await h.runAs(partner, BULK, { input: { ids: [decided] } })).errors).toBeUndefined();
    const before = await eventsOf(placement.id);
    // Refused before the transaction (an impossible move) and inside it (one entry already decided);
    // expectRefused compares every table of the schema, the outbox included.
    await h.expectRefusedAs(SCHOOL, CHANGE, { input: { placementId: placement.id, status: 'OFFERED' } }, {
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      rule: 'INVALID_STATUS_TRANSITION',
    });
    await h.expectRefusedAs(partner, BULK, { input: { ids: [open, decided] } }, { code: 'CONFLICT', field: 'input.ids[1]', rule: 'ENTRY_ALREADY_DECIDED' });
    expect(await eventsOf(placement.id)).toEqual(before);
  });
});
