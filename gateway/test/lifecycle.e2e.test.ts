import { addDays, today } from '@careergraph/kit';
import {
  ApproveTimeEntryDocument,
  ChangePartnerStatusDocument,
  ChangePlacementStatusDocument,
  CreateOpportunityDocument,
  CreatePartnerContactDocument,
  CreatePartnerDocument,
  CreatePlacementDocument,
  CreateStudentDocument,
  CreateWorksiteDocument,
  CredentialCatalogDocument,
  PlacementDetailDocument,
  ProgramCatalogDocument,
  PublishOpportunityDocument,
  RecordBackgroundCheckDocument,
  RecordCredentialAwardDocument,
  RecordEvaluationDocument,
  RecordPartnerAgreementDocument,
  RecordPartnerInsuranceDocument,
  RecordTrainingAgreementDocument,
  StudentFullViewDocument,
  SubmitTimeEntryDocument,
} from '@careergraph/client';
import { ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;

beforeAll(async () => {
  supergraph = await startSupergraph({ seedDemo: true });
});

afterAll(async () => {
  await supergraph?.stop();
});

/** The most recent weekday before today, so a logged shift is in the past and on a work day. */
function lastWeekday(): string {
  let day = addDays(today(), -1);
  while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) day = addDays(day, -1);
  return day;
}

describe('the work-based-learning lifecycle, as the README walks through it', () => {
  it('registers and vets a partner, publishes an opportunity, places a student, logs and approves hours, evaluates and completes', async () => {
    const request = supergraph.request;
    const day = today();

    // Register → vet → activate the partner.
    const partner = ok(
      await request(CreatePartnerDocument, {
        input: {
          name: 'Lakeside Precision Machining',
          kind: 'EMPLOYER',
          industrySector: 'Manufacturing',
          careerClusters: ['MANUFACTURING'],
          capacity: 4,
        },
      }),
    ).createPartner.partner;
    ok(await request(ChangePartnerStatusDocument, { input: { partnerId: partner.id, status: 'VETTING', reason: 'Site visit scheduled' } }));
    const activateTooEarly = await request(ChangePartnerStatusDocument, {
      input: { partnerId: partner.id, status: 'ACTIVE', reason: 'Vetted' },
    });
    expect(activateTooEarly.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'AGREEMENT_NOT_CURRENT' });
    ok(await request(RecordPartnerAgreementDocument, { input: { partnerId: partner.id, signedOn: addDays(day, -40), expiresOn: addDays(day, 365) } }));
    ok(await request(RecordPartnerInsuranceDocument, { input: { partnerId: partner.id, certificateExpiresOn: addDays(day, 300) } }));
    const active = ok(await request(ChangePartnerStatusDocument, { input: { partnerId: partner.id, status: 'ACTIVE', reason: 'Vetted' } }));
    expect(active.changePartnerStatus.partner.status).toBe('ACTIVE');

    // A worksite, a cleared supervisor, and a published paid internship.
    const worksite = ok(
      await request(CreateWorksiteDocument, {
        input: {
          partnerId: partner.id,
          name: 'Main shop',
          address: { street: '4300 W Ohio St', city: 'Chicago', state: 'IL', postalCode: '60624' },
          transitAccess: 'CTA Green Line, Pulaski',
        },
      }),
    ).createWorksite.worksite;
    const supervisor = ok(
      await request(CreatePartnerContactDocument, {
        input: { partnerId: partner.id, firstName: 'Rosa', lastName: 'Kim', email: 'rosa.kim@example.com', roles: ['SUPERVISOR'] },
      }),
    ).createPartnerContact.contact;
    ok(
      await request(RecordBackgroundCheckDocument, {
        input: { contactId: supervisor.id, level: 'LEVEL_I', status: 'CLEARED', clearedOn: addDays(day, -30), expiresOn: addDays(day, 300) },
      }),
    );
    const program = ok(await request(ProgramCatalogDocument, { filter: { careerCluster: 'MANUFACTURING' } })).programs![0];
    const opportunity = ok(
      await request(CreateOpportunityDocument, {
        input: {
          partnerId: partner.id,
          worksiteId: worksite.id,
          title: 'CNC machining internship',
          description: 'Set-up and operation of CNC mills under a journeyman machinist.',
          continuumType: 'CAREER_DEVELOPMENT_EXPERIENCE',
          cedsType: 'PAID_INTERNSHIP',
          careerCluster: 'MANUFACTURING',
          programId: program.id,
          startDate: addDays(day, -30),
          endDate: addDays(day, 60),
          slots: 2,
          compensation: { kind: 'WAGE', hourlyRate: 16.5 },
          minimumAge: 16,
          gradeLevels: [11, 12],
          requiredClearance: 'LEVEL_I',
        },
      }),
    ).createOpportunity.opportunity;
    expect(ok(await request(PublishOpportunityDocument, { input: { opportunityId: opportunity.id } })).publishOpportunity.opportunity.status).toBe(
      'PUBLISHED',
    );

    // A junior at a school offering the program applies, is offered, accepts, signs, and starts.
    const school = program.schools[0];
    const student = ok(
      await request(CreateStudentDocument, {
        input: {
          districtStudentId: 'LIFE-1',
          legalFirstName: 'Marisol',
          legalLastName: 'Vega',
          dateOfBirth: addDays(day, -17 * 365),
          gradeLevel: 11,
          cohort: Number(day.slice(0, 4)) + 2,
          schoolId: school.id,
          raceEthnicity: 'HISPANIC_OR_LATINO',
        },
      }),
    ).createStudent.student;
    const placement = ok(
      await request(CreatePlacementDocument, {
        input: {
          studentId: student.id,
          opportunityId: opportunity.id,
          supervisorId: supervisor.id,
          startDate: addDays(day, -14),
          endDate: addDays(day, 45),
          plannedHours: 120,
          transportationSupport: 'TRANSIT_PASS',
        },
      }),
    ).createPlacement.placement;
    expect(placement).toMatchObject({ status: 'APPLIED', compensation: { kind: 'WAGE', hourlyRate: 16.5 } });
    for (const status of ['OFFERED', 'ACCEPTED'] as const) {
      ok(await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status } }));
    }
    const unsigned = await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status: 'ACTIVE' } });
    expect(unsigned.errors![0].extensions).toMatchObject({ rule: 'TRAINING_AGREEMENT_INCOMPLETE' });
    ok(
      await request(RecordTrainingAgreementDocument, {
        input: { placementId: placement.id, signedOn: addDays(day, -15), parentConsentOn: addDays(day, -15), weeklyHourCap: 20 },
      }),
    );
    ok(await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status: 'ACTIVE' } }));

    // Hours: a retry with the same idempotency key never counts twice; the supervisor approves.
    const shift = {
      placementId: placement.id,
      workDate: lastWeekday(),
      startTime: '15:30',
      endTime: '18:30',
      activityNotes: 'Fixture set-up on the Haas mill',
      idempotencyKey: 'marisol-shift-1',
    };
    const entry = ok(await request(SubmitTimeEntryDocument, { input: shift })).submitTimeEntry.timeEntry;
    const retry = ok(await request(SubmitTimeEntryDocument, { input: shift })).submitTimeEntry.timeEntry;
    expect(retry.id).toBe(entry.id);
    ok(await request(ApproveTimeEntryDocument, { input: { id: entry.id } }));

    // Evaluate and complete.
    ok(
      await request(RecordEvaluationDocument, {
        input: {
          placementId: placement.id,
          kind: 'FINAL',
          communication: 4,
          collaboration: 3,
          professionalism: 4,
          problemSolving: 3,
          technicalSkills: 3,
          comments: 'Careful and curious.',
        },
      }),
    );
    ok(await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status: 'COMPLETED' } }));

    const detail = ok(await request(PlacementDetailDocument, { id: placement.id })).placement!;
    expect(detail.status).toBe('COMPLETED');
    expect(detail.approvedHours).toBe(3);
    expect(detail.stipendTotal).toBeCloseTo(49.5);
    expect(detail.statusHistory.map((change) => change.to)).toEqual(['APPLIED', 'OFFERED', 'ACCEPTED', 'ACTIVE', 'COMPLETED']);
    expect(detail.opportunity!.slotsRemaining).toBe(1);
    expect(detail.partner!.name).toBe('Lakeside Precision Machining');

    // Award the credential the internship prepared for; the student's record shows it all.
    const certification = ok(await request(CredentialCatalogDocument, { filter: { type: 'INDUSTRY_CERTIFICATION' }, first: 1 }))
      .credentials!.edges[0].node;
    ok(await request(RecordCredentialAwardDocument, { input: { studentId: student.id, credentialId: certification.id, earnedOn: addDays(day, -1) } }));
    const record = ok(await request(StudentFullViewDocument, { id: student.id })).student!;
    expect(record.placements).toEqual([
      expect.objectContaining({ status: 'COMPLETED', approvedHours: 3, partner: { id: partner.id, name: 'Lakeside Precision Machining' } }),
    ]);
    expect(record.workBasedLearningHours).toBe(3);
    expect(record.credentials!.map((award) => award.credential.name)).toEqual([certification.name]);
  });
});
