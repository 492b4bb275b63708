import { addDays, type CareerGraphClaims, today } from '@careergraph/kit';
import {
  AcceptOfferDocument,
  ApplyToOpportunityDocument,
  ApproveTimeEntryDocument,
  ChangePartnerStatusDocument,
  ChangePlacementStatusDocument,
  CreateOpportunityDocument,
  CreatePartnerContactDocument,
  CreateWorksiteDocument,
  OfferPlacementDocument,
  OpportunitiesForMeDocument,
  OpportunityApplicantsDocument,
  PrepareTrainingAgreementDocument,
  PublishOpportunityDocument,
  RecordBackgroundCheckDocument,
  RecordEvaluationDocument,
  RecordPartnerAgreementDocument,
  RecordPartnerInsuranceDocument,
  SignTrainingAgreementDocument,
  StudentFullViewDocument,
  SubmitTimeEntryDocument,
} from '@careergraph/client';
import { ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * Issue 15's whole self-service path through the real supergraph, one token per actor and nobody
 * acting for anyone else: district staff invite a partner; its contact, signed in through the
 * identity provider with no partner claim, accepts and onboards it; staff vet it; a student finds
 * its opportunity and applies; the partner offers; the student accepts; the student, the guardian
 * (by the link), the supervisor and the school's coordinator sign; the coordinator activates; the
 * student logs hours, the supervisor approves them and evaluates.
 */
let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

const INVITE = `mutation InvitePartner($input: InvitePartnerInput!) {
  invitePartner(input: $input) { invitation { id status email partner { id status } } link { token url expiresAt } }
}`;
const ACCEPT_INVITATION = `mutation AcceptPartnerInvitation($input: AcceptPartnerInvitationInput!) {
  acceptPartnerInvitation(input: $input) { partnerId partnerName }
}`;
const SUBMIT_FOR_VETTING = `mutation SubmitPartnerForVetting($input: SubmitPartnerForVettingInput!) {
  submitPartnerForVetting(input: $input) { partner { id status } }
}`;
const UPDATE_PARTNER = `mutation UpdatePartner($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id industrySector capacity } } }`;

describe('the self-service path, one token per actor', () => {
  it('goes from an invitation to an evaluated placement', async () => {
    const day = today();
    const staff: CareerGraphClaims = { role: 'DEPARTMENT_STAFF', department: 'CTE' };

    // A junior under 18, enrolled, at a high school; the opportunity is made for their grade.
    const [student]: { id: string; school_id: string }[] = await supergraph.dataSources.students.query(
      `SELECT id, school_id FROM students.students
        WHERE enrollment_status = 'ENROLLED' AND grade_level = 11 AND date_of_birth > (now() - interval '17 years')
        ORDER BY id LIMIT 1`,
    );
    expect(student).toBeDefined();
    const asStudent: CareerGraphClaims = { role: 'STUDENT', studentId: student.id };
    const coordinator: CareerGraphClaims = { role: 'SCHOOL_STAFF', schoolIds: [student.school_id] };

    // Staff invite the organisation: a PROSPECT partner and a one-time link for its contact.
    type Invited = { invitePartner: { invitation: { id: string; status: string; partner: { id: string; status: string } }; link: { token: string } } };
    const invited = ok(
      await supergraph.requestAs<Invited, unknown>(staff, INVITE, {
        input: {
          partner: { name: 'Pilsen Bike Works', kind: 'EMPLOYER', industrySector: 'Retail', careerClusters: ['MANUFACTURING'], capacity: 2 },
          contact: { firstName: 'Ana', lastName: 'Ruiz', email: 'Ana.Ruiz@pilsenbikes.example' },
        },
      }),
    ).invitePartner;
    expect(invited.invitation).toMatchObject({ status: 'PENDING', partner: { status: 'PROSPECT' } });
    const partnerId = invited.invitation.partner.id;

    // The contact signs in with the district's identity provider: a verified e-mail, no partner yet.
    const contact = { role: 'PARTNER_USER', subject: 'idp|ana-ruiz', email: 'ana.ruiz@pilsenbikes.example', email_verified: true } as CareerGraphClaims;
    const stranger = { role: 'PARTNER_USER', subject: 'idp|someone', email: 'someone@else.example', email_verified: true } as CareerGraphClaims;
    const refused = await supergraph.requestAs(stranger, ACCEPT_INVITATION, { input: { token: invited.link.token } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: expect.stringMatching(/FORBIDDEN|BAD_USER_INPUT|CONFLICT/) });
    expect(ok(await supergraph.requestAs(contact, ACCEPT_INVITATION, { input: { token: invited.link.token } }))).toEqual({
      acceptPartnerInvitation: { partnerId, partnerName: 'Pilsen Bike Works' },
    });
    const again = await supergraph.requestAs(contact, ACCEPT_INVITATION, { input: { token: invited.link.token } });
    expect(again.errors?.[0].extensions?.code).toBeDefined();

    // From now on the same sign-in acts for the partner: it completes the profile and submits it.
    ok(await supergraph.requestAs(contact, UPDATE_PARTNER, { input: { id: partnerId, industrySector: 'Bicycle repair and retail', capacity: 3 } }));
    const worksite = ok(
      await supergraph.requestAs(contact, CreateWorksiteDocument, {
        input: {
          partnerId,
          name: 'Shop floor',
          address: { street: '1800 S Blue Island Ave', city: 'Chicago', state: 'IL', postalCode: '60608' },
          transitAccess: 'CTA Pink Line, 18th',
        },
      }),
    ).createWorksite.worksite;
    const supervisor = ok(
      await supergraph.requestAs(contact, CreatePartnerContactDocument, {
        input: { partnerId, firstName: 'Luis', lastName: 'Ortega', email: 'luis.ortega@pilsenbikes.example', roles: ['SUPERVISOR'] },
      }),
    ).createPartnerContact.contact;
    const opportunity = ok(
      await supergraph.requestAs(contact, CreateOpportunityDocument, {
        input: {
          partnerId,
          worksiteId: worksite.id,
          title: 'Bike mechanic internship',
          description: 'Tune-ups, wheel truing and the shop’s service desk, beside a senior mechanic.',
          continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
          cedsType: 'PAID_INTERNSHIP',
          careerCluster: 'MANUFACTURING',
          startDate: addDays(day, -30),
          endDate: addDays(day, 60),
          slots: 2,
          compensation: { kind: 'WAGE', hourlyRate: 15 },
          minimumAge: 14,
          gradeLevels: [11, 12],
          requiredClearance: 'LEVEL_I',
        },
      }),
    ).createOpportunity.opportunity;
    expect(opportunity.status).toBe('DRAFT');
    type Submitted = { submitPartnerForVetting: { partner: { id: string; status: string } } };
    expect(ok(await supergraph.requestAs<Submitted, unknown>(contact, SUBMIT_FOR_VETTING, { input: { partnerId } })).submitPartnerForVetting.partner).toEqual({
      id: partnerId,
      status: 'VETTING',
    });

    // Staff vet: the agreement, insurance, the supervisor's background check; activate; publish.
    ok(await supergraph.requestAs(staff, RecordPartnerAgreementDocument, { input: { partnerId, signedOn: addDays(day, -40), expiresOn: addDays(day, 365) } }));
    ok(await supergraph.requestAs(staff, RecordPartnerInsuranceDocument, { input: { partnerId, certificateExpiresOn: addDays(day, 300) } }));
    ok(
      await supergraph.requestAs(staff, RecordBackgroundCheckDocument, {
        input: { contactId: supervisor.id, level: 'LEVEL_I', status: 'CLEARED', clearedOn: addDays(day, -2), expiresOn: addDays(day, 300) },
      }),
    );
    expect(
      ok(await supergraph.requestAs(staff, ChangePartnerStatusDocument, { input: { partnerId, status: 'ACTIVE', reason: 'Vetted' } })).changePartnerStatus.partner
        .status,
    ).toBe('ACTIVE');
    expect(ok(await supergraph.requestAs(staff, PublishOpportunityDocument, { input: { opportunityId: opportunity.id } })).publishOpportunity.opportunity.status).toBe(
      'PUBLISHED',
    );

    // The student finds it among their matches and applies.
    const matches = ok(
      await supergraph.requestAs(asStudent, OpportunitiesForMeDocument, { filter: { careerClusters: ['MANUFACTURING'], paid: true }, first: 100 }),
    ).opportunitiesForMe!;
    const match = matches.edges.find((edge) => edge.node.opportunity.id === opportunity.id)?.node;
    expect(match).toMatchObject({ eligible: true, whyRecommended: expect.arrayContaining([expect.any(String)]) });
    const application = ok(
      await supergraph.requestAs(asStudent, ApplyToOpportunityDocument, {
        input: {
          opportunityId: opportunity.id,
          statement: 'I build and fix bikes for my block and want to learn the trade properly.',
          availability: { weekdays: ['MONDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'TUESDAY'], hoursPerWeek: 10 },
          idempotencyKey: 'pilsen-bike-works-application',
        },
      }),
    ).applyToOpportunity.placement;
    expect(application.status).toBe('APPLIED');

    // The partner reads its applicants and offers with its cleared supervisor; the student accepts.
    const applicants = ok(await supergraph.requestAs(contact, OpportunityApplicantsDocument, { opportunityId: opportunity.id })).opportunity!.applications!;
    expect(applicants.edges.map((edge) => edge.node.id)).toEqual([application.id]);
    ok(await supergraph.requestAs(contact, OfferPlacementDocument, { input: { placementId: application.id, supervisorId: supervisor.id } }));
    expect(ok(await supergraph.requestAs(asStudent, AcceptOfferDocument, { input: { placementId: application.id } })).acceptOffer.placement.status).toBe('ACCEPTED');

    // Every party signs the same version: the coordinator prepares it, the guardian signs by the link.
    const prepared = ok(
      await supergraph.requestAs(coordinator, PrepareTrainingAgreementDocument, {
        input: { placementId: application.id, weeklyHourCap: 12, guardian: { name: 'Rosa Mendez', email: 'rosa.mendez@example.com' } },
      }),
    ).prepareTrainingAgreement;
    const agreement = prepared.placement.trainingAgreement!;
    expect([...agreement.requiredParties].sort()).toEqual(['GUARDIAN', 'SCHOOL_COORDINATOR', 'STUDENT', 'SUPERVISOR']);
    const signAs = (claims: CareerGraphClaims) =>
      supergraph.requestAs(claims, SignTrainingAgreementDocument, {
        input: { placementId: application.id, version: agreement.version, contentHash: agreement.contentHash },
      });
    ok(await signAs(asStudent));
    const link = new URL(`/agreements/guardian?token=${encodeURIComponent(prepared.guardianSigningToken!)}`, supergraph.gatewayUrl);
    expect((await fetch(link, { method: 'POST' })).status).toBe(200);
    ok(await signAs(contact));
    const activateEarly = await supergraph.requestAs(coordinator, ChangePlacementStatusDocument, { input: { placementId: application.id, status: 'ACTIVE' } });
    expect(activateEarly.errors?.[0].extensions).toMatchObject({ rule: expect.stringMatching(/AGREEMENT_INCOMPLETE/) });
    expect(ok(await signAs(coordinator)).signTrainingAgreement.placement.trainingAgreement).toMatchObject({ complete: true, missingParties: [] });
    ok(await supergraph.requestAs(coordinator, ChangePlacementStatusDocument, { input: { placementId: application.id, status: 'ACTIVE' } }));

    // Hours (from today: none before the agreement is complete): the student logs a shift, the supervisor's partner approves it and evaluates.
    const entry = ok(
      await supergraph.requestAs(asStudent, SubmitTimeEntryDocument, {
        input: { placementId: application.id, workDate: day, startTime: '15:30', endTime: '18:00', activityNotes: 'Wheel truing', idempotencyKey: 'pilsen-1' },
      }),
    ).submitTimeEntry.timeEntry;
    ok(await supergraph.requestAs(contact, ApproveTimeEntryDocument, { input: { id: entry.id } }));
    ok(
      await supergraph.requestAs(contact, RecordEvaluationDocument, {
        input: {
          placementId: application.id,
          kind: 'MIDPOINT',
          communication: 4,
          collaboration: 4,
          professionalism: 3,
          problemSolving: 4,
          technicalSkills: 3,
          comments: 'Quick to learn the stand work.',
        },
      }),
    );

    // The student's record carries it, seen by their school's staff.
    const record = ok(await supergraph.requestAs(coordinator, StudentFullViewDocument, { id: student.id })).student!;
    expect(record.placements).toContainEqual(
      expect.objectContaining({ status: 'ACTIVE', approvedHours: 2.5, partner: { id: partnerId, name: 'Pilsen Bike Works' } }),
    );
  });
});
