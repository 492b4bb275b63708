import { randomUUID } from 'node:crypto';
import { createLogger, DEVELOPMENT_SIGNING_SECRET, IdentitySigner, type SubgraphRuntimeDeps, UnsubscribeTokens } from '@careergraph/kit';
import { openTestDataSource, type TestDataSource, testCaller } from '@careergraph/kit/testing';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';
import { DomainEventEntity } from '../src/entities';
import { integrationsSubgraph } from '../src/server';
import { createIntegrationsRepositories } from '../src/repositories';
import { createNotifications, type NotificationSettings, type Notifications } from '../src/notifications';
import { EventMailWorker } from '../src/notifications/event-mail.worker';
import { HoursDigestWorker } from '../src/notifications/hours-digest.worker';
import type { NotificationOwners } from '../src/notifications/notification-owners';

const DAY = 86_400_000;
const NOW = new Date('2026-03-20T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** What placements and partners would answer: entries waiting, and the supervisors' addresses. */
const supervisors = [
  { id: randomUUID(), firstName: 'Ana', email: 'ana@partner.example' },
  { id: randomUUID(), firstName: 'Ben', email: 'ben@partner.example' },
];
const entry = (supervisor: { id: string }, submittedDaysAgo: number, workDate: string) => ({
  id: randomUUID(),
  placementId: randomUUID(),
  supervisorId: supervisor.id,
  workDate,
  hours: 4,
  submittedAt: daysBefore(submittedDaysAgo),
});
const pending = [
  entry(supervisors[0], 5, '2026-03-12'),
  entry(supervisors[0], 4, '2026-03-13'),
  entry(supervisors[1], 6, '2026-03-11'),
  // Younger than HOURS_DIGEST_AFTER_DAYS: never listed (placements filters by submittedBefore).
  entry(supervisors[0], 1, '2026-03-18'),
];

/** Stands in for the owner clients: answers like placements and partners, from the lists above. */
const fakeOwners = (() =>
  ({
    placements: {
      execute: async (_query: string, variables: { submittedBefore: string }) => ({
        reportingPendingTimeEntries: pending.filter((e) => e.submittedAt < variables.submittedBefore),
      }),
    },
    partners: { loadMany: async (_fragment: unknown, ids: string[]) => ids.map((id) => supervisors.find((s) => s.id === id) ?? null) },
  }) as unknown as NotificationOwners);

let db: TestDataSource;
let catcher: SmtpCatcher;
let notifications: Notifications;
let hoursDigest: HoursDigestWorker;

beforeAll(async () => {
  db = await openTestDataSource(integrationsSubgraph.schema);
  catcher = new SmtpCatcher();
  const port = await catcher.listen('127.0.0.1', 0);
  const settings: NotificationSettings = {
    mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'CareerGraph <no-reply@test.example>' },
    ownerUrls: { students: '', partners: '', placements: '' },
    entityLookupTimeoutMs: 1000,
    publicUrl: 'https://careergraph.example',
    hoursDigestAfterDays: 3,
    pollMs: 1000,
    digestPollMs: 1000,
  };
  const deps = {
    dataSource: db.dataSource,
    logger: createLogger('test', 'silent'),
    production: false,
    subgraphUrls: {},
    signer: new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]),
    suppressionThreshold: 10,
  } as SubgraphRuntimeDeps;
  const repositories = createIntegrationsRepositories(db.dataSource);
  notifications = createNotifications(deps, settings, repositories);
  // The digest reads through the fake owners; everything else (database, mailer, SMTP) is real.
  hoursDigest = new HoursDigestWorker({ notifier: notifications.notifier, repository: repositories.notifications, owners: fakeOwners, settings, logger: deps.logger });
}, 300_000);

afterAll(async () => {
  await catcher?.stop();
  await db?.close();
});

beforeEach(() => catcher.clear());

describe('the hours digest', () => {
  it('mails each supervisor once, listing all their entries waiting longer than the threshold', async () => {
    expect(await hoursDigest.runOnce(NOW)).toBe(2);
    const mails = catcher.mails();
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['ana@partner.example', 'ben@partner.example']);
    const ana = mails.find((m) => m.to[0] === 'ana@partner.example')!;
    expect(ana.subject).toBe('2 time entries await your approval');
    expect(ana.text).toContain('2026-03-12: 4 h');
    expect(ana.text).toContain('2026-03-13: 4 h');
    expect(ana.text).not.toContain('2026-03-18');
    expect(ana.html).toContain('<li>2026-03-12: 4 h');
    expect(ana.headers['list-unsubscribe']).toMatch(/^<https:\/\/careergraph\.example\/notifications\/unsubscribe\?token=[^>]+>$/);
    expect(ana.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const logged: { person: string; kind: string; event_ids: string[] }[] = await db.dataSource.query(
      `SELECT person, kind, event_ids FROM integrations.sent_mails WHERE recipient = 'ana@partner.example'`,
    );
    expect(logged).toEqual([{ person: `contact:${supervisors[0].id}`, kind: 'HOURS_AWAITING_APPROVAL', event_ids: [pending[0].id, pending[1].id] }]);
  });

  it('does not mail the same entries again within a day, and does the day after, once even from two passes at a time', async () => {
    expect(await hoursDigest.runOnce(new Date(NOW.getTime() + 3_600_000))).toBe(0);
    expect(catcher.mails()).toHaveLength(0);
    const nextDay = new Date(NOW.getTime() + DAY + 60_000);
    const [first, second] = await Promise.all([hoursDigest.runOnce(nextDay), hoursDigest.runOnce(nextDay)]);
    expect(first + second).toBe(2);
    expect(catcher.mails()).toHaveLength(2);
  });

  it('sends nothing to a supervisor who turned the digest off', async () => {
    const ana = `contact:${supervisors[0].id}`;
    const url = notifications.notifier.unsubscribeUrl(ana, 'HOURS_AWAITING_APPROVAL', NOW);
    const token = decodeURIComponent(new URL(url).searchParams.get('token')!);
    expect(await notifications.preferences.unsubscribe(token, 'test', NOW)).toBe('HOURS_AWAITING_APPROVAL');
    expect(await hoursDigest.runOnce(new Date(NOW.getTime() + 3 * DAY))).toBe(1);
    expect(catcher.mails().map((m) => m.to[0])).toEqual(['ben@partner.example']);
  });
});

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens([DEVELOPMENT_SIGNING_SECRET]);
  const grant = { person: 'student:00000000-0000-4000-8000-000000000001', kind: 'PLACEMENT_OFFERED' };
  const preferencesOf = (person: string): Promise<{ kind: string; enabled: boolean }[]> =>
    db.dataSource.query(`SELECT kind, enabled FROM integrations.notification_preferences WHERE person = $1`, [person]);

  it('turns off the one kind it names', async () => {
    await notifications.preferences.unsubscribe(tokens.sign(grant, NOW), 'test', NOW);
    expect(await preferencesOf(grant.person)).toEqual([{ kind: 'PLACEMENT_OFFERED', enabled: false }]);
  });

  it('refuses a tampered token and changes nothing', async () => {
    const other = { ...grant, person: 'student:00000000-0000-4000-8000-000000000002' };
    const [, signature] = tokens.sign(grant, NOW).split('.');
    const forged = `${Buffer.from(JSON.stringify({ p: other.person, k: other.kind, e: 4_000_000_000 })).toString('base64url')}.${signature}`;
    await expect(notifications.preferences.unsubscribe(forged, 'test', NOW)).rejects.toMatchObject({
      message: expect.stringContaining('not genuine'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await preferencesOf(other.person)).toEqual([]);
  });

  it('refuses an expired token, and one signed with another secret', async () => {
    const other = { ...grant, person: 'student:00000000-0000-4000-8000-000000000003' };
    const old = tokens.sign(other, new Date(NOW.getTime() - 91 * DAY));
    await expect(notifications.preferences.unsubscribe(old, 'test', NOW)).rejects.toThrow(/expired/);
    const foreign = new UnsubscribeTokens(['another-secret']).sign(other, NOW);
    await expect(notifications.preferences.unsubscribe(foreign, 'test', NOW)).rejects.toThrow(/not genuine/);
    expect(await preferencesOf(other.person)).toEqual([]);
  });
});

describe('preferences', () => {
  const student = testCaller('STUDENT', { studentId: '00000000-0000-4000-8000-000000000009' });
  const request = { caller: student, requestId: 'test' };

  it('lists every kind, on until turned off, and changes only the kinds given', async () => {
    expect((await notifications.preferences.list(request)).every((p) => p.enabled)).toBe(true);
    const after = await notifications.preferences.update({ preferences: [{ kind: 'TIME_ENTRY_REJECTED', enabled: false }] }, request);
    expect(after.filter((p) => !p.enabled)).toEqual([{ kind: 'TIME_ENTRY_REJECTED', enabled: false }]);
    expect(after).toHaveLength(6);
  });

  it('refuses a kind listed twice, changing nothing', async () => {
    const other = { caller: testCaller('STUDENT', { studentId: '00000000-0000-4000-8000-00000000000a' }), requestId: 'test' };
    await expect(
      notifications.preferences.update({ preferences: [{ kind: 'NEW_APPLICANT', enabled: false }, { kind: 'NEW_APPLICANT', enabled: true }] }, other),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.preferences[1].kind' } });
    expect((await notifications.preferences.list(other)).every((p) => p.enabled)).toBe(true);
  });
});

describe('mails from the event inbox', () => {
  const student = { id: randomUUID(), preferredName: 'Iris', email: 'iris@students.example' };
  const quiet = { id: randomUUID(), preferredName: 'Quinn', email: 'quinn@students.example' };
  const noAddress = { id: randomUUID(), preferredName: 'Nia', email: null };
  const partner = {
    id: randomUUID(),
    name: 'Lakeside Machining',
    contacts: [
      { id: randomUUID(), firstName: 'Cora', email: 'cora@partner.example', roles: ['COORDINATOR'] },
      { id: randomUUID(), firstName: 'Sam', email: 'sam@partner.example', roles: ['SUPERVISOR'] },
    ],
  };
  const students = [student, quiet, noAddress];
  const owners = (() =>
    ({
      students: { load: async (_fragment: unknown, id: string) => students.find((s) => s.id === id) ?? null },
      partners: { load: async (_fragment: unknown, id: string) => (id === partner.id ? partner : null) },
    }) as unknown as NotificationOwners);
  let worker: EventMailWorker;

  const event = (type: string, fields: { studentId?: string; partnerId?: string }) => ({
    id: randomUUID(),
    type,
    occurredAt: NOW,
    source: 'placements',
    subjectType: type.startsWith('time-entry') ? 'TimeEntry' : 'Placement',
    subjectId: randomUUID(),
    partnerId: fields.partnerId ?? partner.id,
    studentId: fields.studentId ?? null,
    schoolId: null,
    data: {},
  });
  const ingest = (events: ReturnType<typeof event>[]) =>
    db.dataSource.createQueryBuilder().insert().into(DomainEventEntity).values(events).execute();

  beforeAll(() => {
    const repositories = createIntegrationsRepositories(db.dataSource);
    worker = new EventMailWorker({ notifier: notifications.notifier, repository: repositories.notifications, owners, settings: { pollMs: 1000 }, logger: createLogger('test', 'silent') });
  });

  it('mails the student of a rejection or an offer and a partner coordinator of an applicant, each event once', async () => {
    await notifications.preferences.update({ preferences: [{ kind: 'TIME_ENTRY_REJECTED', enabled: false }] }, { caller: testCaller('STUDENT', { studentId: quiet.id }), requestId: 'test' });
    await ingest([
      event('time-entry.rejected', { studentId: student.id }),
      event('placement.offered', { studentId: student.id }),
      event('placement.applied', { studentId: student.id }),
      // Turned off by the student, and no address on file: no mail.
      event('time-entry.rejected', { studentId: quiet.id }),
      event('placement.offered', { studentId: noAddress.id }),
      // Not a mailed type.
      event('time-entry.approved', { studentId: student.id }),
    ]);
    expect(await worker.runOnce(NOW)).toBe(5);
    const sent = catcher.mails().map((m) => `${m.to[0]}: ${m.subject}`).sort();
    expect(sent).toEqual([
      'cora@partner.example: A new applicant for Lakeside Machining',
      'iris@students.example: A time entry of yours was rejected',
      'iris@students.example: You were offered a placement',
    ]);
    expect(await worker.runOnce(NOW)).toBe(0);
    // Read again from the start (a lost place in the inbox): the mail log still sends nothing twice.
    await db.dataSource.query(`UPDATE integrations.notification_cursors SET last_sequence = 0`);
    catcher.clear();
    expect(await worker.runOnce(NOW)).toBe(5);
    expect(catcher.mails()).toEqual([]);
  });
});
