import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Column, type DataSource, Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-events';
import { auditTableSql } from '../src/audit/audit-trail';
import { DEVELOPMENT_SIGNING_SECRET, IDENTITY_HEADER, IdentitySigner } from '../src/auth/identity-token';
import type { DomainEvent, EmittedEvent } from '../src/events/domain-event';
import { outboxAudienceSql, outboxTableSql } from '../src/events/outbox';
import { OutboxRelay } from '../src/events/outbox-relay';
import { countStatements } from '../src/db/statement-counter';
import { UnitOfWork } from '../src/db/unit-of-work';
import { createLogger } from '../src/logger';
import { testCaller } from '../src/testing/callers';
import { openTestDataSource, type TestDataSource } from '../src/testing/test-database';

const SCHEMA = 'outbox_test';

@Entity({ name: 'notes' })
class NoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  text: string;
}

class CreateNotesWithOutbox implements MigrationInterface {
  name = 'CreateNotesWithOutbox1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${SCHEMA}.notes (id uuid PRIMARY KEY, text text NOT NULL)`);
    for (const sql of [...auditTableSql(SCHEMA).up, ...outboxTableSql(SCHEMA).up, ...outboxAudienceSql(SCHEMA).up]) await runner.query(sql);
  }
  async down(runner: QueryRunner): Promise<void> {
    for (const sql of [...outboxAudienceSql(SCHEMA).down, ...outboxTableSql(SCHEMA).down, ...auditTableSql(SCHEMA).down]) await runner.query(sql);
    await runner.query(`DROP TABLE ${SCHEMA}.notes`);
  }
}

/**
 * Stands in for the integrations subgraph's /graphql: checks the relay signs as SERVICE, keeps each
 * event once by id (as the inbox does) and answers how many were new; `failing` answers 503 instead.
 */
class InboxStandIn {
  readonly received: DomainEvent[][] = [];
  /** Who each request was signed as, and its request id. */
  readonly senders: { subject: string; role: string; requestId: unknown }[] = [];
  readonly stored = new Map<string, DomainEvent>();
  failing = 0;
  /** Runs once a batch is stored and before the answer goes back. */
  onStored: (() => Promise<void>) | undefined;
  private readonly server: Server;
  private readonly signer = new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]);

  constructor() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        if (this.failing > 0) {
          this.failing--;
          res.writeHead(503).end();
          return;
        }
        const { query, variables } = JSON.parse(body) as { query: string; variables: { events: DomainEvent[] } };
        const caller = await this.signer.verify(req.headers[IDENTITY_HEADER], query).catch(() => undefined);
        if (!caller) {
          res.writeHead(401).end();
          return;
        }
        this.senders.push({ subject: caller.subject, role: caller.role, requestId: req.headers['x-request-id'] });
        this.received.push(variables.events);
        const fresh = variables.events.filter((event) => !this.stored.has(event.id));
        for (const event of fresh) this.stored.set(event.id, event);
        await this.onStored?.();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ingestDomainEvents: fresh.length } }));
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const request = { caller: testCaller('SCHOOL_STAFF'), requestId: 'request-1' };
const logger = createLogger('outbox-relay-test', 'silent');

let test: TestDataSource;
let dataSource: DataSource;
let unitOfWork: UnitOfWork;
let inbox: InboxStandIn;
let inboxUrl: string;

beforeAll(async () => {
  test = await openTestDataSource({ schema: SCHEMA, entities: [NoteEntity, AuditEventEntity], migrations: [CreateNotesWithOutbox] });
  dataSource = test.dataSource;
  unitOfWork = new UnitOfWork(dataSource, SCHEMA);
  inbox = new InboxStandIn();
  inboxUrl = await inbox.start();
});

afterAll(async () => {
  await inbox?.stop();
  await test?.close();
});

beforeEach(async () => {
  // Each test relays only its own events.
  await dataSource.query(`UPDATE ${SCHEMA}.outbox_events SET relayed_at = now() WHERE relayed_at IS NULL`);
  inbox.received.length = 0;
  inbox.senders.length = 0;
  inbox.failing = 0;
  inbox.onStored = undefined;
});

const relay = () =>
  new OutboxRelay({ dataSource, logger, signer: new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]), subgraphUrls: { integrations: inboxUrl } }, SCHEMA, {
    batchSize: 2,
  });

const noteEvent = (noteId: string, type = 'note.written'): EmittedEvent => ({
  type,
  subjectType: 'Note',
  subjectId: noteId,
  partnerId: null,
  studentId: randomUUID(),
  schoolId: null,
  data: { state: 'WRITTEN' },
});

interface OutboxRow {
  id: string;
  type: string;
  subject_id: string;
  attempts: number;
  relayed_at: Date | null;
  dead_at: Date | null;
  last_error: string | null;
  due_in_ms: number;
}

const outboxOf = (subjectId: string): Promise<OutboxRow[]> =>
  dataSource.query(
    `SELECT id, type, subject_id, attempts, relayed_at, dead_at, last_error,
            (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS due_in_ms
       FROM ${SCHEMA}.outbox_events WHERE subject_id = $1 ORDER BY position`,
    [subjectId],
  );

/** Time passing for the outbox: whatever waits (a backoff, a claim's lease) is due now. */
const makeDue = () => dataSource.query(`UPDATE ${SCHEMA}.outbox_events SET next_attempt_at = now() WHERE relayed_at IS NULL`);

const writeNote = (note: { id: string; text: string }, events: EmittedEvent[]) =>
  unitOfWork.transaction(request, 'writeNote', async (tx, audit, emit) => {
    await tx.insert(NoteEntity, note);
    audit({ entityType: 'Note', entityId: note.id, action: 'CREATED', before: null, after: note });
    emit(...events);
  });

it('writes the emitted events with the change, in the statement that writes its audit events, and none when nothing is emitted', async () => {
  const note = { id: randomUUID(), text: 'first' };
  const { statements } = await countStatements(() => writeNote(note, [noteEvent(note.id), noteEvent(note.id, 'note.reviewed')]));
  // BEGIN, the note, one INSERT of the audit and outbox events, COMMIT.
  expect(statements).toBe(4);
  const rows = await outboxOf(note.id);
  expect(rows.map((row) => ({ type: row.type, attempts: row.attempts, relayed: row.relayed_at !== null }))).toEqual([
    { type: 'note.written', attempts: 0, relayed: false },
    { type: 'note.reviewed', attempts: 0, relayed: false },
  ]);

  const quiet = { id: randomUUID(), text: 'quiet' };
  const { statements: withoutEvents } = await countStatements(() => writeNote(quiet, []));
  expect(withoutEvents).toBe(4);
  expect(await outboxOf(quiet.id)).toEqual([]);

  // Events without audited changes: BEGIN, the outbox INSERT, COMMIT.
  const subjectId = randomUUID();
  const { statements: eventsOnly } = await countStatements(() => unitOfWork.transaction(request, 'noteSeen', async (_tx, _audit, emit) => emit(noteEvent(subjectId))));
  expect(eventsOnly).toBe(3);
  expect(await outboxOf(subjectId)).toHaveLength(1);
});

it('writes neither the change nor its audit when its events cannot be recorded', async () => {
  const note = { id: randomUUID(), text: 'unrecordable' };
  await expect(writeNote(note, [{ ...noteEvent(note.id), subjectId: 'not-a-uuid' }])).rejects.toThrow(/uuid/);
  expect(await dataSource.getRepository(NoteEntity).existsBy({ id: note.id })).toBe(false);
  expect(await dataSource.getRepository(AuditEventEntity).existsBy({ entityId: note.id })).toBe(false);
});

it('writes no event when the work is rolled back', async () => {
  const note = { id: randomUUID(), text: 'doomed' };
  const failure = new Error('refused after writing');
  await expect(
    unitOfWork.transaction(request, 'writeNote', async (tx, _audit, emit) => {
      await tx.insert(NoteEntity, note);
      emit(noteEvent(note.id));
      throw failure;
    }),
  ).rejects.toBe(failure);
  expect(await outboxOf(note.id)).toEqual([]);
});

it('relays due events in small batches in the order recorded, signed as SERVICE, and marks them relayed', async () => {
  const note = { id: randomUUID(), text: 'relayed' };
  await writeNote(note, [noteEvent(note.id, 'note.first'), noteEvent(note.id, 'note.second'), { ...noteEvent(note.id, 'note.third'), audience: 'INTERNAL' }]);
  const worker = relay();
  expect(await worker.runOnce()).toBe(2);
  expect(await worker.runOnce()).toBe(1);
  expect(await worker.runOnce()).toBe(0);
  expect(inbox.received.map((batch) => batch.map((event) => event.type))).toEqual([['note.first', 'note.second'], ['note.third']]);
  expect(inbox.senders).toEqual([1, 2].map(() => ({ subject: `service:${SCHEMA}`, role: 'SERVICE', requestId: expect.stringMatching(/^outbox-relay-/) })));
  const [first] = inbox.received[0];
  expect(first).toEqual({
    id: expect.any(String),
    type: 'note.first',
    occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    source: SCHEMA,
    subjectType: 'Note',
    subjectId: note.id,
    partnerId: null,
    studentId: expect.any(String),
    schoolId: null,
    audience: 'PUBLIC',
    data: { state: 'WRITTEN' },
  });
  // An internal event goes the same way, marked for the inbox to keep from webhooks and listings.
  expect(inbox.received[1][0]).toMatchObject({ type: 'note.third', audience: 'INTERNAL' });
  expect((await outboxOf(note.id)).every((row) => row.relayed_at !== null && row.attempts === 1)).toBe(true);
  // Relayed, an internal event keeps its envelope here, not its data; public ones keep theirs.
  const data: { type: string; data: unknown }[] = await dataSource.query(`SELECT type, data FROM ${SCHEMA}.outbox_events WHERE subject_id = $1 ORDER BY position`, [note.id]);
  expect(data).toEqual([{ type: 'note.first', data: { state: 'WRITTEN' } }, { type: 'note.second', data: { state: 'WRITTEN' } }, { type: 'note.third', data: {} }]);
});

it('backs off after failed sends, with growing delays, then delivers', async () => {
  const note = { id: randomUUID(), text: 'retried' };
  await writeNote(note, [noteEvent(note.id)]);
  const worker = relay();
  inbox.failing = 2;

  expect(await worker.runOnce()).toBe(0);
  const [afterFirst] = await outboxOf(note.id);
  expect(afterFirst).toMatchObject({ attempts: 1, relayed_at: null, dead_at: null, last_error: expect.stringMatching(/integrations.*HTTP 503/) });
  // Not due yet: the next round leaves it alone. First delay: between half and all of the 1 s base.
  expect(afterFirst.due_in_ms).toBeGreaterThan(300);
  expect(afterFirst.due_in_ms).toBeLessThanOrEqual(1_000);
  expect(await worker.runOnce()).toBe(0);
  expect(inbox.failing).toBe(1);

  await makeDue();
  expect(await worker.runOnce()).toBe(0);
  const [afterSecond] = await outboxOf(note.id);
  expect(afterSecond.attempts).toBe(2);
  expect(afterSecond.due_in_ms).toBeGreaterThan(800);
  expect(afterSecond.due_in_ms).toBeLessThanOrEqual(2_000);

  await makeDue();
  expect(await worker.runOnce()).toBe(1);
  expect(inbox.stored.has(afterSecond.id)).toBe(true);
  expect(await outboxOf(note.id)).toEqual([expect.objectContaining({ attempts: 3, relayed_at: expect.any(Date), last_error: null })]);
});

it('gives an event up as dead after the last attempt, keeping its error', async () => {
  const note = { id: randomUUID(), text: 'dead' };
  await writeNote(note, [noteEvent(note.id)]);
  const worker = new OutboxRelay(
    { dataSource, logger, signer: new IdentitySigner([DEVELOPMENT_SIGNING_SECRET]), subgraphUrls: { integrations: inboxUrl } },
    SCHEMA,
    { maxAttempts: 2 },
  );
  inbox.failing = 2;
  expect(await worker.runOnce()).toBe(0);
  await makeDue();
  expect(await worker.runOnce()).toBe(0);
  await makeDue();
  expect(await worker.runOnce()).toBe(0);
  expect(inbox.failing).toBe(0);
  expect(await outboxOf(note.id)).toEqual([expect.objectContaining({ attempts: 2, relayed_at: null, dead_at: expect.any(Date), last_error: expect.stringMatching(/503/) })]);
});

it('sends the same id again when the relay stops between sending and marking (at least once)', async () => {
  const note = { id: randomUUID(), text: 'resent' };
  await writeNote(note, [noteEvent(note.id)]);
  // The relay's database goes away once the inbox has the event: it cannot mark it relayed.
  inbox.onStored = async () => {
    inbox.onStored = undefined;
    await dataSource.query(`ALTER TABLE ${SCHEMA}.outbox_events RENAME TO outbox_events_away`);
  };
  await expect(relay().runOnce()).rejects.toThrow(/outbox_events/);
  await dataSource.query(`ALTER TABLE ${SCHEMA}.outbox_events_away RENAME TO outbox_events`);
  const [claimed] = await outboxOf(note.id);
  expect(claimed.relayed_at).toBeNull();
  // Still claimed by the stopped relay: another does not take it before the lease ends.
  expect(claimed.due_in_ms).toBeGreaterThan(50_000);
  const restarted = relay();
  expect(await restarted.runOnce()).toBe(0);

  await makeDue();
  expect(await restarted.runOnce()).toBe(1);
  expect(inbox.received.map((batch) => batch.map((event) => event.id))).toEqual([[claimed.id], [claimed.id]]);
  expect(inbox.stored.get(claimed.id)?.subjectId).toBe(note.id);
  expect((await outboxOf(note.id))[0].relayed_at).not.toBeNull();
});

it('runs rounds when started and finishes the round in hand when stopped', async () => {
  const note = { id: randomUUID(), text: 'started' };
  await writeNote(note, [noteEvent(note.id)]);
  const worker = relay();
  const delivered = new Promise<void>((resolve) => (inbox.onStored = async () => resolve()));
  worker.start();
  await delivered;
  await worker.stop();
  expect((await outboxOf(note.id))[0].relayed_at).not.toBeNull();
});
