import type { CareerGraphClaims } from '@careergraph/kit';
import { type GraphQLResponse, ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Issue 15's "students apply, partners choose", through the real supergraph on the demo world: a
 * student finds an opportunity and applies with a statement and availability, the partner lists its
 * applicants (the students subgraph records the read as a disclosure), offers with a cleared
 * supervisor, and the student accepts.
 */
let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

const OPPORTUNITIES = `query { opportunities(filter: { status: PUBLISHED }, first: 100) { edges { node { id title partner { id } } } } }`;
const APPLY = `mutation ApplyToOpportunity($input: ApplyToOpportunityInput!) {
  applyToOpportunity(input: $input) { placement { id status applicationStatement supervisor { id } availability { weekdays hoursPerWeek from to notes } } }
}`;
const APPLICANTS = `query OpportunityApplicants($opportunityId: ID!) {
  opportunity(id: $opportunityId) {
    applications(first: 50) { edges { node { id status applicationStatement availability { weekdays hoursPerWeek } student { id preferredName gradeLevel school { id } } } } }
  }
}`;
const CONTACTS = `query($id: ID!) { partner(id: $id) { contacts { id roles backgroundCheck { status } } } }`;
const OFFER = `mutation OfferPlacement($input: OfferPlacementInput!) { offerPlacement(input: $input) { placement { id status supervisor { id } } } }`;
const ACCEPT = `mutation AcceptOffer($input: AcceptOfferInput!) { acceptOffer(input: $input) { placement { id status } } }`;
const MINE = `query MyApplications($studentId: ID!) { student(id: $studentId) { placements { id status applicationStatement statusHistory { to } } } }`;

const statement = 'I fix bikes at home and want to learn how a real shop plans its work.';
const availability = { weekdays: ['TUESDAY', 'THURSDAY'], hoursPerWeek: 6, notes: 'After 3:30 pm on school days' };

describe('students apply, partners choose', () => {
  it('applies, lists the applicants to the partner with a disclosure, offers with a cleared supervisor and accepts', async () => {
    // An enrolled 11th or 12th grader who has not applied to anything yet.
    const [{ id: studentId }] = await supergraph.dataSources.students.query(
      `SELECT id FROM students.students WHERE enrollment_status = 'ENROLLED' AND grade_level IN (11, 12) ORDER BY id LIMIT 1 OFFSET 7`,
    );
    const asStudent: CareerGraphClaims = { role: 'STUDENT', studentId };

    // The student browses published opportunities and applies to the first one they are eligible for.
    type Opportunity = { id: string; title: string; partner: { id: string } };
    const found = ok(await supergraph.requestAs<{ opportunities: { edges: { node: Opportunity }[] } }, unknown>(asStudent, OPPORTUNITIES));
    let chosen: { opportunity: Opportunity; placementId: string } | null = null;
    for (const { node } of found.opportunities.edges) {
      const answer = await supergraph.requestAs<{ applyToOpportunity: { placement: Record<string, unknown> & { id: string } } }, unknown>(asStudent, APPLY, {
        input: { opportunityId: node.id, statement, availability },
      });
      if (answer.errors) {
        // Whatever refuses a student lists every rule broken.
        expect(answer.errors[0].extensions).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|CONFLICT/) });
        if (answer.errors[0].extensions?.rule === 'NOT_ELIGIBLE') expect((answer.errors[0].extensions.failures as unknown[]).length).toBeGreaterThan(0);
        continue;
      }
      expect(answer.data!.applyToOpportunity.placement).toMatchObject({ status: 'APPLIED', applicationStatement: statement, supervisor: null, availability });
      chosen = { opportunity: node, placementId: answer.data!.applyToOpportunity.placement.id };
      break;
    }
    expect(chosen).not.toBeNull();
    const { opportunity, placementId } = chosen!;
    const partnerId = opportunity.partner.id;
    const asPartner: CareerGraphClaims = { role: 'PARTNER_USER', partnerId };

    // The partner reads its applicants: what the agreement and FERPA allow, each read a disclosure.
    type Applicants = { opportunity: { applications: { edges: { node: { id: string; student: Record<string, unknown> } }[] } } };
    const applicants = ok(await supergraph.requestAs<Applicants, unknown>(asPartner, APPLICANTS, { opportunityId: opportunity.id }));
    const mine = applicants.opportunity.applications.edges.find((edge) => edge.node.id === placementId)!.node;
    expect(mine).toMatchObject({
      status: 'APPLIED',
      applicationStatement: statement,
      availability: { weekdays: availability.weekdays, hoursPerWeek: 6 },
      student: { id: studentId, preferredName: expect.any(String), gradeLevel: expect.any(Number), school: { id: expect.any(String) } },
    });
    const disclosures = ok(
      await supergraph.request<{ student: { disclosures: { edges: { node: Record<string, unknown> }[] } } }, unknown>(
        `query($id: ID!) { student(id: $id) { disclosures(first: 100) { edges { node { recipientRole partnerId operationName allowed } } } } }`,
        { id: studentId },
      ),
    ).student.disclosures.edges.map((edge) => edge.node);
    // Named for the gateway's fetch from the students subgraph within the partner's operation.
    expect(disclosures).toContainEqual({ recipientRole: 'PARTNER_USER', partnerId, operationName: expect.stringMatching(/^OpportunityApplicants/), allowed: true });

    // The partner offers with one of its cleared supervisors; the student accepts.
    type Contacts = { partner: { contacts: { id: string; roles: string[]; backgroundCheck: { status: string } | null }[] } };
    const contacts = ok(await supergraph.requestAs<Contacts, unknown>(asPartner, CONTACTS, { id: partnerId })).partner.contacts;
    const cleared = contacts.filter((c) => c.roles.includes('SUPERVISOR') && c.backgroundCheck?.status === 'CLEARED');
    let offered: GraphQLResponse<{ offerPlacement: { placement: Record<string, unknown> } }> | null = null;
    for (const supervisor of cleared) {
      offered = await supergraph.requestAs(asPartner, OFFER, { input: { placementId, supervisorId: supervisor.id } });
      if (!offered.errors) {
        expect(offered.data!.offerPlacement.placement).toEqual({ id: placementId, status: 'OFFERED', supervisor: { id: supervisor.id } });
        break;
      }
      // A check that expires before the start, or covers a lower level, is refused and nothing written.
      expect(offered.errors[0].extensions).toMatchObject({ rule: 'SUPERVISOR_NOT_CLEARED' });
    }
    expect(offered?.errors).toBeUndefined();
    expect(ok(await supergraph.requestAs(asStudent, ACCEPT, { input: { placementId } }))).toEqual({ acceptOffer: { placement: { id: placementId, status: 'ACCEPTED' } } });

    // The student follows it among their own placements.
    type Mine = { student: { placements: { id: string; status: string; applicationStatement: string; statusHistory: { to: string }[] }[] } };
    const history = ok(await supergraph.requestAs<Mine, unknown>(asStudent, MINE, { studentId })).student.placements.find((p) => p.id === placementId);
    expect(history).toEqual({ id: placementId, status: 'ACCEPTED', applicationStatement: statement, statusHistory: [{ to: 'APPLIED' }, { to: 'OFFERED' }, { to: 'ACCEPTED' }] });
  });
});
