import { randomUUID } from 'node:crypto';
import { Column, type DataSource, Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-events';
import { auditTableSql } from '../src/audit/audit-trail';
import { countStatements } from '../src/db/statement-counter';
import { UnitOfWork } from '../src/db/unit-of-work';
import { testCaller } from '../src/testing/callers';
import { openTestDataSource, type TestDataSource } from '../src/testing/test-database';

const SCHEMA = 'unit_of_work_test';

@Entity({ name: 'notes' })
class NoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  text: string;
}

class CreateNotes implements MigrationInterface {
  name = 'CreateNotes1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${SCHEMA}.notes (id uuid PRIMARY KEY, text text NOT NULL)`);
    for (const sql of auditTableSql(SCHEMA).up) await runner.query(sql);
  }
  async down(runner: QueryRunner): Promise<void> {
    for (const sql of auditTableSql(SCHEMA).down) await runner.query(sql);
    await runner.query(`DROP TABLE ${SCHEMA}.notes`);
  }
}

const request = { caller: testCaller('SCHOOL_STAFF'), requestId: 'request-1' };

let test: TestDataSource;
let dataSource: DataSource;
let unitOfWork: UnitOfWork;

beforeAll(async () => {
  test = await openTestDataSource({ schema: SCHEMA, entities: [NoteEntity, AuditEventEntity], migrations: [CreateNotes] });
  dataSource = test.dataSource;
  unitOfWork = new UnitOfWork(dataSource, SCHEMA);
});

afterAll(async () => {
  await test?.close();
});

const eventsOf = (entityId: string) => dataSource.getRepository(AuditEventEntity).find({ where: { entityId }, order: { action: 'ASC' } });
const noteExists = (id: string) => dataSource.getRepository(NoteEntity).existsBy({ id });

it('commits the writes and their audit events together, the events in one INSERT', async () => {
  const note = { id: randomUUID(), text: 'first' };
  const { result, statements } = await countStatements(() =>
    unitOfWork.transaction(request, 'writeNote', async (tx, audit) => {
      await tx.insert(NoteEntity, note);
      audit({ entityType: 'Note', entityId: note.id, action: 'CREATED', before: null, after: note });
      audit({ entityType: 'Note', entityId: note.id, action: 'REVIEWED', before: note, after: note });
      return 'done';
    }),
  );
  expect(result).toBe('done');
  // BEGIN, the note, one INSERT of both events, COMMIT.
  expect(statements).toBe(4);
  expect(await noteExists(note.id)).toBe(true);
  const events = await eventsOf(note.id);
  expect(events.map(({ actorSubject, actorRole, requestId, operation, entityType, action, before, after }) => ({
    actorSubject,
    actorRole,
    requestId,
    operation,
    entityType,
    action,
    before,
    after,
  }))).toEqual([
    { actorSubject: 'test-school_staff', actorRole: 'SCHOOL_STAFF', requestId: 'request-1', operation: 'writeNote', entityType: 'Note', action: 'CREATED', before: null, after: note },
    { actorSubject: 'test-school_staff', actorRole: 'SCHOOL_STAFF', requestId: 'request-1', operation: 'writeNote', entityType: 'Note', action: 'REVIEWED', before: note, after: note },
  ]);
});

it('writes no audit statement when the work audits nothing', async () => {
  const note = { id: randomUUID(), text: 'unaudited' };
  const { statements } = await countStatements(() => unitOfWork.transaction(request, 'writeNote', (tx) => tx.insert(NoteEntity, note)));
  expect(statements).toBe(3);
  expect(await eventsOf(note.id)).toEqual([]);
});

it('rolls back the writes and their audit events when the work throws', async () => {
  const note = { id: randomUUID(), text: 'doomed' };
  const failure = new Error('refused after writing');
  await expect(
    unitOfWork.transaction(request, 'writeNote', async (tx, audit) => {
      await tx.insert(NoteEntity, note);
      audit({ entityType: 'Note', entityId: note.id, action: 'CREATED', before: null, after: note });
      throw failure;
    }),
  ).rejects.toBe(failure);
  expect(await noteExists(note.id)).toBe(false);
  expect(await eventsOf(note.id)).toEqual([]);
});

it('rolls back the writes when recording the audit events fails', async () => {
  const note = { id: randomUUID(), text: 'unrecordable' };
  await expect(
    unitOfWork.transaction(request, 'writeNote', async (tx, audit) => {
      await tx.insert(NoteEntity, note);
      audit({ entityType: 'Note', entityId: 'not-a-uuid', action: 'CREATED', before: null, after: note });
    }),
  ).rejects.toThrow(/uuid/);
  expect(await noteExists(note.id)).toBe(false);
});

// PGlite has one session, where a lock never conflicts with itself: this runs on a PostgreSQL server (CI's first pass).
(process.env.TEST_DATABASE_URL ? it : it.skip)('holds a lock on its key until the transaction ends', async () => {
  // Another session asks for the key (released again when its statement ends).
  const freeElsewhere = async (key: string): Promise<boolean> => {
    const [{ locked }] = await dataSource.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [key]);
    return locked;
  };
  const key = `note:${randomUUID()}`;
  await unitOfWork.transaction(request, 'writeNote', async (tx) => {
    await unitOfWork.lock(tx, key);
    expect(await freeElsewhere(key)).toBe(false);
  });
  expect(await freeElsewhere(key)).toBe(true);
});
