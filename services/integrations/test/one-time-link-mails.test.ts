import { randomBytes, randomUUID } from 'node:crypto';
import { createLogger, Mailer, ServiceUnavailableError } from '@careergraph/kit';
import { openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { SmtpCatcher } from '@careergraph/kit/smtp-catcher';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainEventEntity } from '../src/entities';
import { createIntegrationsRepositories } from '../src/repositories';
import { integrationsSubgraph } from '../src/server';
import type { NotificationOwners } from '../src/notifications/notification-owners';
import { OneTimeLinkMailWorker } from '../src/notifications/one-time-link-mail.worker';

/**
 * The one-time-link mailer on its own database with a real SMTP server on 127.0.0.1. The owners'
 * SERVICE-only mint mutations are stood in for by a recorder that mints like them (a fresh random
 * token per call, or a refusal carrying the owner's code); gateway/test/guardian-signing.e2e.test.ts
 * runs the same path against the real placements subgraph.
 */
const NOW = new Date('2026-03-20T12:00:00Z');
const PUBLIC_URL = 'https://careergraph.example';
const logger = createLogger('test', 'silent');

let db: TestDataSource;
let catcher: SmtpCatcher;
let port: number;
let worker: OneTimeLinkMailWorker;

/** What the owners were asked and answered: every token minted, in order. */
const minted: string[] = [];
let answer: 'mint' | 'conflict' | 'outage' = 'mint';
let mintedVersion = 1;

const student = { id: randomUUID(), preferredName: 'Iris', email: 'iris@students.example' };
const owners = (() =>
  ({
    students: { load: async (_fragment: unknown, id: string) => (id === student.id ? student : null) },
    placements: { execute: async () => ({ issueGuardianSigningLink: { ...mint('/agreements/guardian'), version: mintedVersion, guardianName: 'Maria Lopez', guardianEmail: 'maria@family.example' } }) },
    partners: { execute: async () => ({ issuePartnerInvitationLink: mint('https://partners.careergraph.example/partners/invitation') }) },
  }) as unknown as NotificationOwners);

function mint(page: string) {
  if (answer === 'conflict') {
    throw new ServiceUnavailableError('refused', { extensions: { subgraph: 'placements', ownerCode: 'CONFLICT', ownerRule: 'GUARDIAN_SIGNATURE_NOT_PENDING' } });
  }
  if (answer === 'outage') throw new ServiceUnavailableError('the placements subgraph is unavailable', { extensions: { subgraph: 'placements' } });
  const token = randomBytes(32).toString('base64url');
  minted.push(token);
  return { token, url: `${page}?token=${token}`, expiresAt: '2026-04-03T12:00:00.000Z' };
}

beforeAll(async () => {
  db = await openTestDataSource(integrationsSubgraph.schema);
  catcher = new SmtpCatcher();
  port = await catcher.listen('127.0.0.1', 0);
  const repositories = createIntegrationsRepositories(db.dataSource);
  worker = new OneTimeLinkMailWorker({
    mailer: new Mailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'CareerGraph <no-reply@test.example>' }),
    repository: repositories.notifications,
    owners,
    settings: { pollMs: 1000, publicUrl: PUBLIC_URL },
    logger,
  });
}, 300_000);

afterAll(async () => {
  await catcher?.stop();
  await db?.close();
});

beforeEach(() => {
  catcher.clear();
  answer = 'mint';
  mintedVersion = 1;
});

const guardianEvent = () => ({
  id: randomUUID(),
  type: 'agreement.guardian-link-requested',
  occurredAt: NOW,
  source: 'placements',
  subjectType: 'Placement',
  subjectId: randomUUID(),
  partnerId: randomUUID(),
  studentId: student.id as string | null,
  schoolId: randomUUID(),
  data: { agreementId: randomUUID(), version: 1, guardianName: 'Maria Lopez', guardianEmail: 'maria@family.example' },
  audience: 'INTERNAL' as const,
});
// `data` is free-form JSON, which TypeORM's deep-partial type cannot describe.
const ingest = (...events: Omit<DomainEventEntity, 'sequence' | 'receivedAt'>[]) =>
  db.dataSource.createQueryBuilder().insert().into(DomainEventEntity).values(events as QueryDeepPartialEntity<DomainEventEntity>[]).execute();

/** Every row of every integrations table as text, by table: where a token or an address is kept. */
async function everythingStoredByTable(): Promise<[string, string][]> {
  const tables: { table_name: string }[] = await db.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'integrations'`);
  return Promise.all(tables.map(async ({ table_name }): Promise<[string, string]> => [table_name, JSON.stringify(await db.dataSource.query(`SELECT t::text AS row FROM integrations."${table_name}" t`))]));
}

/** All of it in one text: where a token must never be. */
async function everythingStored(): Promise<string> {
  return JSON.stringify(await everythingStoredByTable());
}

describe('one-time link mails', () => {
  it("mints the guardian's link at send time, mails it as a transactional mail, stores no token, and mails an event once", async () => {
    const event = guardianEvent();
    await ingest(event);
    expect(await worker.runOnce(NOW)).toBe(1);
    const [mail] = catcher.mails();
    const token = minted.at(-1)!;
    expect(mail.to).toEqual(['maria@family.example']);
    expect(mail.subject).toBe("Please sign Iris's training agreement");
    expect(mail.text).toContain('Hello Maria Lopez,');
    expect(mail.text).toContain("Iris's school asks you, as their parent or guardian, to read and sign the training agreement");
    expect(mail.text).toContain(`Read and sign the agreement: ${PUBLIC_URL}/agreements/guardian?token=${token}`);
    expect(mail.text).toContain('The link works once, until 3 April 2026, 12:00 UTC.');
    expect(mail.text).toContain('It is not a subscription, so there is nothing to unsubscribe from');
    // Transactional: no List-Unsubscribe (a one-time link is not a kind of mail to turn off).
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(await everythingStored()).not.toContain(token);
    const logged = await db.dataSource.query(`SELECT person, kind, recipient, event_ids FROM integrations.sent_mails WHERE $1 = ANY (event_ids)`, [event.id]);
    expect(logged).toEqual([{ person: 'address:maria@family.example', kind: 'GUARDIAN_SIGNING_LINK', recipient: 'maria@family.example', event_ids: [event.id] }]);
    // Mailed, the event keeps its envelope (the inbox's idempotency) and not the address: only the mail log has it.
    const [kept] = await db.dataSource.query(`SELECT type, subject_id, data FROM integrations.domain_events WHERE id = $1`, [event.id]);
    expect(kept).toEqual({ type: event.type, subject_id: event.subjectId, data: {} });
    const holders = (await everythingStoredByTable()).filter(([, rows]) => rows.includes('maria@family.example')).map(([table]) => table);
    expect(holders).toEqual(['sent_mails']);

    // Read again from the start (a lost place in the inbox): the mail log mints and sends nothing twice.
    const mints = minted.length;
    await db.dataSource.query(`UPDATE integrations.notification_cursors SET last_sequence = 0 WHERE name = 'one-time-links'`);
    catcher.clear();
    expect(await worker.runOnce(NOW)).toBe(1);
    expect(catcher.mails()).toEqual([]);
    expect(minted).toHaveLength(mints);
  });

  it('retries a failed send on the next pass with a newly minted link; the mail log holds only the sent one, without its token', async () => {
    const event = guardianEvent();
    await ingest(event);
    await catcher.stop();
    const mints = minted.length;
    await expect(worker.runOnce(NOW)).rejects.toThrow();
    expect(minted).toHaveLength(mints + 1);
    expect(await db.dataSource.query(`SELECT 1 FROM integrations.sent_mails WHERE $1 = ANY (event_ids)`, [event.id])).toEqual([]);

    catcher = new SmtpCatcher();
    await catcher.listen('127.0.0.1', port);
    expect(await worker.runOnce(NOW)).toBe(1);
    expect(minted).toHaveLength(mints + 2);
    const [failed, sent] = minted.slice(-2);
    const [mail] = catcher.mails();
    expect(mail.text).toContain(`token=${sent}`);
    expect(mail.text).not.toContain(failed);
    const stored = await everythingStored();
    for (const token of [failed, sent]) expect(stored).not.toContain(token);
  });

  it("sends nothing when the owner refuses (the guardian signed meanwhile) or a newer version was prepared; waits out the owner's outage", async () => {
    answer = 'conflict';
    const refused = guardianEvent();
    await ingest(refused);
    expect(await worker.runOnce(NOW)).toBe(1);
    // Refused for good: its address is forgotten as a mailed one's is.
    expect(await db.dataSource.query(`SELECT data FROM integrations.domain_events WHERE id = $1`, [refused.id])).toEqual([{ data: {} }]);
    answer = 'mint';
    mintedVersion = 2;
    await ingest(guardianEvent());
    expect(await worker.runOnce(NOW)).toBe(1);
    expect(catcher.mails()).toEqual([]);

    mintedVersion = 1;
    answer = 'outage';
    await ingest(guardianEvent());
    await expect(worker.runOnce(NOW)).rejects.toThrow(/unavailable/);
    // Not handled yet: the address stays for the next pass.
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM integrations.domain_events WHERE data ->> 'guardianEmail' IS NOT NULL`)).toEqual([{ n: 1 }]);
    answer = 'mint';
    expect(await worker.runOnce(NOW)).toBe(1);
    expect(catcher.mails()).toHaveLength(1);
  });

  it("mails a partner's invitation with the link its owner minted (an absolute URL is kept as it is)", async () => {
    const event = {
      ...guardianEvent(),
      type: 'partner.invitation-issued',
      source: 'partners',
      subjectType: 'PartnerInvitation',
      studentId: null,
      data: { email: 'new.contact@acme.example', partnerName: 'Acme Tooling', expiresAt: '2026-04-03T12:00:00.000Z' },
    };
    await ingest(event);
    expect(await worker.runOnce(NOW)).toBe(1);
    const [mail] = catcher.mails();
    expect(mail.to).toEqual(['new.contact@acme.example']);
    expect(mail.subject).toBe('You are invited to set up Acme Tooling on CareerGraph');
    expect(mail.text).toContain(`Open the invitation: https://partners.careergraph.example/partners/invitation?token=${minted.at(-1)}`);
    expect(await everythingStored()).not.toContain(minted.at(-1)!);
  });
});
