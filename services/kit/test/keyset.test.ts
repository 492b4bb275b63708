import { Column, Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { applyKeyset, applyKeysetPerParent } from '../src/db/keyset';
import { AppError } from '../src/errors/app-errors';
import { type CursorValue, decodeCursor, encodeCursor, type PageRequest } from '../src/pagination/connection';
import { openTestDataSource, type TestDataSource } from '../src/testing/test-database';

/** One column of each type a keyset orders by in the services. */
@Entity({ name: 'keyset_rows' })
class KeysetRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId: string;

  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint' })
  rank: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

class CreateKeysetRows implements MigrationInterface {
  name = 'CreateKeysetRows1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE keyset_test.keyset_rows (
      id uuid PRIMARY KEY, parent_id uuid NOT NULL, work_date date NOT NULL, name text NOT NULL,
      rank smallint NOT NULL, occurred_at timestamptz NOT NULL)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE keyset_test.keyset_rows');
  }
}

const PARENT = '00000000-0000-4000-8000-000000000000';
const rows = [1, 2, 3].map((n) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  parentId: PARENT,
  workDate: `2026-01-0${n}`,
  name: `row ${n}`,
  rank: n,
  occurredAt: new Date(`2026-01-0${n}T10:00:00.000Z`),
}));

let test: TestDataSource;
let dataSource: DataSource;

beforeAll(async () => {
  test = await openTestDataSource({ schema: 'keyset_test', entities: [KeysetRow], migrations: [CreateKeysetRows] });
  dataSource = test.dataSource;
  await dataSource.getRepository(KeysetRow).insert(rows);
});

afterAll(async () => {
  await test?.close();
});

const page = (after: CursorValue[]): PageRequest => ({ first: 10, after });
const query = () => dataSource.getRepository(KeysetRow).createQueryBuilder('k');

describe('applyKeyset', () => {
  it('pages after a cursor the server issued, over each column type and an expression over a column', async () => {
    const cases: [string[], CursorValue[]][] = [
      [['k.work_date', 'k.id'], ['2026-01-01', rows[0].id]],
      [['k.name', 'k.id'], ['row 1', rows[0].id]],
      [['k.rank', 'k.id'], [1, rows[0].id]],
      [[`date_trunc('milliseconds', k.occurred_at)`, 'k.id'], [rows[0].occurredAt.toISOString(), rows[0].id]],
    ];
    for (const [columns, after] of cases) {
      // Through the real cursor encoding, as a client would send it back.
      const decoded = decodeCursor(encodeCursor(after), 'after', after.length);
      const found = await applyKeyset(query(), columns, page(decoded)).getMany();
      expect(found.map((row) => row.id)).toEqual([rows[1].id, rows[2].id]);
    }
  });

  it('refuses a forged cursor value that does not fit its column before any SQL is sent', () => {
    const forged: [string[], CursorValue[]][] = [
      [['k.work_date', 'k.id'], [0, 'zzz']],
      [['k.work_date', 'k.id'], ['2026-02-30', rows[0].id]],
      [['k.work_date', 'k.id'], ['2026-01-01', 'not-a-uuid']],
      [['k.name', 'k.id'], ['a\u0000b', rows[0].id]],
      [['k.name', 'k.id'], [null, rows[0].id]],
      [['k.rank', 'k.id'], [40_000, rows[0].id]],
      [['k.rank', 'k.id'], [1.5, rows[0].id]],
      [['k.rank', 'k.id'], ['1', rows[0].id]],
      [[`date_trunc('milliseconds', k.occurred_at)`, 'k.id'], ['yesterday', rows[0].id]],
      [[`date_trunc('milliseconds', k.occurred_at)`, 'k.id'], [true, rows[0].id]],
    ];
    for (const [columns, after] of forged) {
      expect(() => applyKeyset(query(), columns, page(after))).toThrow(AppError);
      expect(() => applyKeyset(query(), columns, page(after))).toThrow(/^after: malformed cursor/);
    }
  });

  it('checks the cursor of a page per parent the same way', async () => {
    expect(() => applyKeysetPerParent(query(), 'k.parent_id', [PARENT], ['k.work_date', 'k.id'], page([0, 'zzz']))).toThrow(/malformed cursor/);
    const found = await applyKeysetPerParent(query(), 'k.parent_id', [PARENT], ['k.work_date', 'k.id'], page(['2026-01-02', rows[1].id])).getMany();
    expect(found.map((row) => row.id)).toEqual([rows[2].id]);
  });

  it('fails loudly, as a programming error, on an order column the query does not have', () => {
    expect(() => applyKeyset(query(), ['x.nothing'], page(['a']))).toThrow(/names no column/);
  });
});
