import { randomUUID } from 'node:crypto';
import type { Caller } from '@careergraph/kit';
import { testCaller } from '@careergraph/kit/testing';
import type { SchoolEntity } from '@careergraph/students/src/entities';
import { PlacementsHarness } from './support/placements-harness';

/**
 * An intermediary's user acts for the employers it brokers as their own users do (the gateway puts
 * them into `brokeredPartnerIds`): their placements and applications, offers and declines, hours.
 */
const h = new PlacementsHarness();
let school: SchoolEntity;

beforeAll(async () => {
  await h.start();
  school = await h.make.school();
}, 300_000);

afterAll(() => h.stop(), 60_000);

const APPLY = `mutation($input: ApplyToOpportunityInput!) { applyToOpportunity(input: $input) { placement { id } } }`;
const OFFER = `mutation($input: OfferPlacementInput!) { offerPlacement(input: $input) { placement { id status supervisor { id } } } }`;
const DECLINE = `mutation($input: DeclineApplicationInput!) { declineApplication(input: $input) { placement { id status } } }`;
const SUBMIT = `mutation($input: SubmitTimeEntryInput!) { submitTimeEntry(input: $input) { timeEntry { id } } }`;
const APPROVE = `mutation($input: ApproveTimeEntryInput!) { approveTimeEntry(input: $input) { timeEntry { id status } } }`;

const intermediaryId = randomUUID();
const brokering = (...employers: string[]): Caller => testCaller('PARTNER_USER', { partnerId: intermediaryId, brokeredPartnerIds: employers }, 'gps-user');

async function application() {
  const student = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
  const opportunity = h.peer.opportunity();
  const result = await h.runAs(testCaller('STUDENT', { studentId: student.id }, `student-${student.id}`), APPLY, {
    input: { opportunityId: opportunity.id, statement: 'I like machines.', availability: { weekdays: ['TUESDAY'], hoursPerWeek: 4 } },
  });
  expect(result.errors).toBeUndefined();
  return { placementId: (result.data as any).applyToOpportunity.placement.id as string, opportunity, student };
}

describe("an intermediary's user, for a brokered employer", () => {
  it('reads its placements and offers one with a cleared supervisor of the employer', async () => {
    const { placementId, opportunity } = await application();
    const gps = brokering(opportunity.partner.id);
    const read = await h.runAs(gps, `query($id: ID!) { placement(id: $id) { id status } }`, { id: placementId });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ placement: { id: placementId, status: 'APPLIED' } });
    const supervisor = h.peer.supervisor(opportunity.partner);
    const offered = await h.runAs(gps, OFFER, { input: { placementId, supervisorId: supervisor.id } });
    expect(offered.errors).toBeUndefined();
    expect(offered.data).toEqual({ offerPlacement: { placement: { id: placementId, status: 'OFFERED', supervisor: { id: supervisor.id } } } });
  });

  it('declines an application of the brokered employer', async () => {
    const { placementId, opportunity } = await application();
    const result = await h.runAs(brokering(opportunity.partner.id), DECLINE, { input: { placementId, reason: 'full this term' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ declineApplication: { placement: { id: placementId, status: 'DECLINED' } } });
  });

  it("approves hours on the employer's placement", async () => {
    const student = await h.make.student(school, { dateOfBirth: '2009-05-01', gradeLevel: 11 });
    const opportunity = h.peer.opportunity();
    const supervisor = h.peer.supervisor(opportunity.partner);
    const placement = await h.make.placement({ studentId: student.id, opportunityId: opportunity.id, partnerId: opportunity.partner.id, supervisorId: supervisor.id, schoolId: school.id });
    const submitted = await h.run(SUBMIT, { input: { placementId: placement.id, idempotencyKey: randomUUID(), workDate: '2026-02-02', durationMinutes: 120 } });
    expect(submitted.errors).toBeUndefined();
    const timeEntryId = (submitted.data as any).submitTimeEntry.timeEntry.id;
    await h.expectRefusedAs(brokering(randomUUID()), APPROVE, { input: { id: timeEntryId } }, { rule: 'OUTSIDE_SCOPE' });
    const approved = await h.runAs(brokering(opportunity.partner.id), APPROVE, { input: { id: timeEntryId } });
    expect(approved.errors).toBeUndefined();
    expect((approved.data as any).approveTimeEntry.timeEntry.status).toBe('APPROVED');
  });

  it('is refused the placements of an employer it does not broker, nothing written', async () => {
    const { placementId, opportunity } = await application();
    const notBrokering = brokering(randomUUID());
    const supervisor = h.peer.supervisor(opportunity.partner);
    await h.expectRefusedAs(notBrokering, OFFER, { input: { placementId, supervisorId: supervisor.id } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    await h.expectRefusedAs(notBrokering, DECLINE, { input: { placementId, reason: 'no' } }, { field: 'input.placementId', rule: 'OUTSIDE_SCOPE' });
    const read = await h.runAs(notBrokering, `query($id: ID!) { placement(id: $id) { id } }`, { id: placementId });
    expect(read.errors?.map((error) => error.extensions?.rule)).toEqual(['OUTSIDE_SCOPE']);
  });

  it('lists its own and its brokered employers\' placements, no other partner\'s, in SQL', async () => {
    const brokered = await application();
    const other = await application();
    const result = await h.runAs(brokering(brokered.opportunity.partner.id), `{ placements(first: 100) { edges { node { id } } } }`, {});
    expect(result.errors).toBeUndefined();
    const ids = (result.data as any).placements.edges.map((edge: any) => edge.node.id);
    expect(ids).toContain(brokered.placementId);
    expect(ids).not.toContain(other.placementId);
  });
});
