import { addDays, type BackgroundWorker, createLogger, today } from '@careergraph/kit';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';
import {
  ChangePartnerStatusDocument,
  ChangePlacementStatusDocument,
  CreateOpportunityDocument,
  CreatePartnerContactDocument,
  CreatePartnerDocument,
  CreatePlacementDocument,
  CreateStudentDocument,
  CreateWorksiteDocument,
  ProgramCatalogDocument,
  PublishOpportunityDocument,
  RecordBackgroundCheckDocument,
  RecordPartnerAgreementDocument,
  RecordPartnerInsuranceDocument,
  RecordTrainingAgreementDocument,
  SubmitTimeEntryDocument,
} from '@careergraph/client';
import { SUBGRAPH_PACKAGES } from '@careergraph/stack';
import { ok, type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

/**
 * The done-when: hours submitted and left waiting past HOURS_DIGEST_AFTER_DAYS (3) bring
 * their supervisor one digest mail at a real SMTP server on 127.0.0.1. "Waiting" is the worker run
 * with its clock moved forward; the supergraph, the placements query it reads and SMTP are real.
 */
const DAY = 86_400_000;
const SUPERVISOR_EMAIL = 'digest.supervisor@example.com';
const COORDINATOR_EMAIL = 'wbl.coordinator@district.example';

let supergraph: RunningSupergraph;
let catcher: SmtpCatcher;
type Worker = BackgroundWorker & { runOnce(now?: Date): Promise<number> };
let digest: Worker;
let reminders: Worker;
let partnerId: string;
const previousEnv = { SMTP_URL: process.env.SMTP_URL, DISTRICT_COORDINATOR_EMAIL: process.env.DISTRICT_COORDINATOR_EMAIL };

beforeAll(async () => {
  catcher = new SmtpCatcher();
  // The integrations subgraph reads SMTP_URL when the harness builds it.
  process.env.SMTP_URL = `smtp://127.0.0.1:${await catcher.listen('127.0.0.1', 0)}`;
  process.env.DISTRICT_COORDINATOR_EMAIL = COORDINATOR_EMAIL;
  supergraph = await startSupergraph({ seedDemo: true });
  const integrations = SUBGRAPH_PACKAGES.find((subgraph) => subgraph.name === 'integrations')!;
  const workers = integrations.workers!({
    dataSource: supergraph.dataSources.integrations,
    logger: createLogger('e2e', 'silent'),
    production: false,
    subgraphUrls: supergraph.subgraphUrls,
  });
  digest = workers.find((worker) => worker.name === 'hours-digest') as Worker;
  reminders = workers.find((worker) => worker.name === 'compliance-reminders') as Worker;
});

afterAll(async () => {
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await supergraph?.stop();
  await catcher?.stop();
});

/** The `count` most recent weekdays before today, oldest first. */
function pastWeekdays(count: number): string[] {
  const days: string[] = [];
  for (let day = addDays(today(), -1); days.length < count; day = addDays(day, -1)) {
    if (![0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())) days.unshift(day);
  }
  return days;
}

/** An active placement whose supervisor has SUPERVISOR_EMAIL. */
async function activePlacement(): Promise<string> {
  const request = supergraph.request;
  const day = today();
  const partner = ok(
    await request(CreatePartnerDocument, {
      input: { name: 'Digest Tool & Die', kind: 'EMPLOYER', industrySector: 'Manufacturing', careerClusters: ['MANUFACTURING'], capacity: 4 },
    }),
  ).createPartner.partner;
  partnerId = partner.id;
  ok(await request(ChangePartnerStatusDocument, { input: { partnerId: partner.id, status: 'VETTING', reason: 'Site visit' } }));
  ok(await request(RecordPartnerAgreementDocument, { input: { partnerId: partner.id, signedOn: addDays(day, -40), expiresOn: addDays(day, 365) } }));
  ok(await request(RecordPartnerInsuranceDocument, { input: { partnerId: partner.id, certificateExpiresOn: addDays(day, 300) } }));
  ok(await request(ChangePartnerStatusDocument, { input: { partnerId: partner.id, status: 'ACTIVE', reason: 'Vetted' } }));
  const worksite = ok(
    await request(CreateWorksiteDocument, {
      input: { partnerId: partner.id, name: 'Shop', address: { street: '1 Main St', city: 'Chicago', state: 'IL', postalCode: '60624' } },
    }),
  ).createWorksite.worksite;
  const supervisor = ok(
    await request(CreatePartnerContactDocument, {
      input: { partnerId: partner.id, firstName: 'Dana', lastName: 'Digest', email: SUPERVISOR_EMAIL, roles: ['SUPERVISOR'] },
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
        title: 'Tool and die internship',
        description: 'Die maintenance under a journeyman.',
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
  ok(await request(PublishOpportunityDocument, { input: { opportunityId: opportunity.id } }));
  const student = ok(
    await request(CreateStudentDocument, {
      input: {
        districtStudentId: 'DIGEST-1',
        legalFirstName: 'Iris',
        legalLastName: 'Novak',
        dateOfBirth: addDays(day, -17 * 365),
        gradeLevel: 11,
        cohort: Number(day.slice(0, 4)) + 2,
        schoolId: program.schools[0].id,
        raceEthnicity: 'WHITE',
      },
    }),
  ).createStudent.student;
  const placement = ok(
    await request(CreatePlacementDocument, {
      input: { studentId: student.id, opportunityId: opportunity.id, supervisorId: supervisor.id, startDate: addDays(day, -14), endDate: addDays(day, 45), plannedHours: 120 },
    }),
  ).createPlacement.placement;
  for (const status of ['OFFERED', 'ACCEPTED'] as const) ok(await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status } }));
  ok(
    await request(RecordTrainingAgreementDocument, {
      input: { placementId: placement.id, signedOn: addDays(day, -15), parentConsentOn: addDays(day, -15), weeklyHourCap: 20 },
    }),
  );
  ok(await request(ChangePlacementStatusDocument, { input: { placementId: placement.id, status: 'ACTIVE' } }));
  return placement.id;
}

const toSupervisor = () => catcher.mails().filter((mail) => mail.to.includes(SUPERVISOR_EMAIL));

it('sends the supervisor one digest of the hours waiting past the threshold, once', async () => {
  const placementId = await activePlacement();
  const workDates = pastWeekdays(2);
  for (const [i, workDate] of workDates.entries()) {
    ok(
      await supergraph.request(SubmitTimeEntryDocument, {
        input: { placementId, workDate, startTime: '15:30', endTime: '18:30', idempotencyKey: `digest-shift-${i}` },
      }),
    );
  }
  const submittedAt = Date.now();

  // A day later the entries are younger than 3 days: no mail to this supervisor.
  await digest.runOnce(new Date(submittedAt + DAY));
  expect(toSupervisor()).toEqual([]);

  // Past the threshold: one mail listing both entries.
  await digest.runOnce(new Date(submittedAt + 3 * DAY + 60_000));
  const [mail, ...more] = toSupervisor();
  expect(more).toEqual([]);
  expect(mail.subject).toBe('2 time entries await your approval');
  for (const workDate of workDates) expect(mail.text).toContain(`${workDate}: 3 h`);
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

  // An hour later, the same entries are not mailed again.
  await digest.runOnce(new Date(submittedAt + 3 * DAY + 3_600_000));
  expect(toSupervisor()).toHaveLength(1);

  // The mail's one-click unsubscribe, through the gateway: GET only asks, POST turns the digest off.
  const link = /<([^>]+)>/.exec(mail.headers['list-unsubscribe'])![1];
  const through = new URL(new URL(link).pathname + new URL(link).search, supergraph.gatewayUrl);
  const page = await fetch(through);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post"');
  const tampered = new URL(through);
  tampered.searchParams.set('token', `${through.searchParams.get('token')!.slice(0, -2)}xx`);
  expect((await fetch(tampered, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(400);
  const done = await fetch(through, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  expect(done.status).toBe(200);
  expect(await done.text()).toContain('You will no longer receive digests of hours awaiting your approval');
  await digest.runOnce(new Date(submittedAt + 5 * DAY));
  expect(toSupervisor()).toHaveLength(1);
});

it("tells the district coordinator once of a partner's insurance expiring within 30 days", async () => {
  const expiresOn = addDays(today(), 20);
  ok(await supergraph.request(RecordPartnerInsuranceDocument, { input: { partnerId, certificateExpiresOn: expiresOn } }));
  const toCoordinator = () => catcher.mails().filter((mail) => mail.to.includes(COORDINATOR_EMAIL));
  await reminders.runOnce(new Date());
  const [mail, ...more] = toCoordinator();
  expect(more).toEqual([]);
  expect(mail.subject).toMatch(/partner documents? expires? within 30 days$/);
  expect(mail.text).toContain(`${expiresOn}: Digest Tool & Die, certificate of insurance`);
  await reminders.runOnce(new Date(Date.now() + 3_600_000));
  expect(toCoordinator()).toHaveLength(1);
});

it("lets a signed-in person turn a kind of mail off, and refuses a kind listed twice", async () => {
  const student = { role: 'STUDENT' as const, studentId: '00000000-0000-4000-8000-0000000000aa', subject: 'digest-student' };
  const update = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { kind enabled } }`;
  const off = ok(await supergraph.requestAs(student, update, { input: { preferences: [{ kind: 'PLACEMENT_OFFERED', enabled: false }] } })) as {
    updateNotificationPreferences: { kind: string; enabled: boolean }[];
  };
  expect(off.updateNotificationPreferences.filter((p) => !p.enabled)).toEqual([{ kind: 'PLACEMENT_OFFERED', enabled: false }]);
  const twice = await supergraph.requestAs(student, update, {
    input: { preferences: [{ kind: 'NEW_APPLICANT', enabled: false }, { kind: 'NEW_APPLICANT', enabled: true }] },
  });
  expect(twice.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.preferences[1].kind' } });
  const mine = ok(await supergraph.requestAs(student, `{ notificationPreferences { kind enabled } }`)) as { notificationPreferences: { kind: string; enabled: boolean }[] };
  expect(mine.notificationPreferences.filter((p) => !p.enabled).map((p) => p.kind)).toEqual(['PLACEMENT_OFFERED']);
});

it("answers the digests' inputs to SERVICE only (never in the API)", async () => {
  const pending = `query($before: DateTime!) { reportingPendingTimeEntries(submittedBefore: $before) { id } }`;
  const expiring = `query($from: Date!, $to: Date!) { reportingExpiringCompliance(from: $from, to: $to) { partnerId } }`;
  const service = { subject: 'service:integrations', role: 'SERVICE' as const, scope: { schoolIds: [] } };
  const admin = { subject: 'admin', role: 'DISTRICT_ADMIN' as const, scope: { schoolIds: [] } };
  expect((await supergraph.subgraphRequest('placements', pending, { before: new Date().toISOString() }, admin)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  expect((await supergraph.subgraphRequest('partners', expiring, { from: '2026-01-01', to: '2026-02-01' }, admin)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  expect((await supergraph.subgraphRequest('partners', expiring, { from: '2026-02-01', to: '2026-01-01' }, service)).errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'to',
  });
  expect((await supergraph.request(pending, { before: new Date().toISOString() })).errors![0].message).toMatch(/reportingPendingTimeEntries/);
});
