import { Column, Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { EntityReader } from '../src/db/entity-reader';
import { numericColumn } from '../src/db/numeric-column';
import { countStatements } from '../src/db/statement-counter';
import { openTestDataSource, type TestDataSource } from '../src/testing/test-database';

/** One column of each kind the services' entities map: plain, nullable, transformed, enum, array, dates. */
@Entity({ name: 'reader_rows' })
class ReaderRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId: string;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'enum', enum: ['ACTIVE', 'DONE'], enumName: 'reader_status' })
  status: 'ACTIVE' | 'DONE';

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericColumn, nullable: true })
  rate: number | null;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  details: { n: number } | null;

  @Column({ type: 'boolean' })
  paid: boolean;
}

class CreateReaderRows implements MigrationInterface {
  name = 'CreateReaderRows1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TYPE reader_test.reader_status AS ENUM ('ACTIVE', 'DONE')`);
    await runner.query(`CREATE TABLE reader_test.reader_rows (
      id uuid PRIMARY KEY, parent_id uuid NOT NULL, display_name text, status reader_test.reader_status NOT NULL,
      rate numeric(6, 2), tags text[] NOT NULL, work_date date NOT NULL, occurred_at timestamptz NOT NULL,
      details jsonb, paid boolean NOT NULL)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE reader_test.reader_rows');
    await runner.query('DROP TYPE reader_test.reader_status');
  }
}

const PARENT = '00000000-0000-4000-8000-000000000000';
const rows: ReaderRow[] = [1, 2, 3].map((n) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  parentId: PARENT,
  displayName: n === 2 ? null : `row ${n}`,
  status: n === 3 ? 'DONE' : 'ACTIVE',
  rate: n === 1 ? null : 12.5 * n,
  tags: n === 1 ? [] : ['a', `t${n}`],
  workDate: `2026-01-0${n}`,
  occurredAt: new Date(`2026-01-0${n}T10:00:00.123Z`),
  details: n === 2 ? null : { n },
  paid: n !== 2,
}));

let test: TestDataSource;
let dataSource: DataSource;

beforeAll(async () => {
  test = await openTestDataSource({ schema: 'reader_test', entities: [ReaderRow], migrations: [CreateReaderRows] });
  dataSource = test.dataSource;
  await dataSource.getRepository(ReaderRow).insert(rows);
});

afterAll(async () => {
  await test?.close();
});

const byId = (entities: ReaderRow[]) => [...entities].sort((a, b) => a.id.localeCompare(b.id));

describe('EntityReader', () => {
  it('reads by ids exactly the entities TypeORM hydrates, as instances of the entity class', async () => {
    const ids = [rows[0].id, rows[1].id, rows[2].id, '00000000-0000-4000-8000-0000000000ff'];
    const reader = new EntityReader(dataSource, ReaderRow);
    const read = byId(await reader.byIds(ids));
    const hydrated = byId(await dataSource.getRepository(ReaderRow).findBy({}));
    expect(read).toStrictEqual(hydrated);
    expect(read.map((row) => row.rate)).toEqual([null, 25, 37.5]);
    expect(read[0]).toBeInstanceOf(ReaderRow);
  });

  it('reads rows matching a condition in its order, with one statement whatever the number of keys', async () => {
    const reader = new EntityReader(dataSource, ReaderRow);
    const found = await reader.where('r', 'r.parent_id = ANY($1) ORDER BY r.work_date DESC, r.id', [[PARENT]]);
    expect(found.map((row) => row.id)).toEqual([rows[2].id, rows[1].id, rows[0].id]);
    for (const ids of [[rows[0].id], rows.map((row) => row.id)]) {
      const { statements } = await countStatements(() => reader.byIds(ids));
      expect(statements).toBe(1);
    }
  });

  it("runs a TypeORM select of the entity and maps its rows as TypeORM would, keeping the query's order and limit", async () => {
    const reader = new EntityReader(dataSource, ReaderRow);
    const query = () => dataSource.getRepository(ReaderRow).createQueryBuilder('row').where('row.paid = :paid', { paid: true }).orderBy('row.work_date', 'DESC').limit(5);
    const read = await reader.many(query());
    expect(read).toStrictEqual(await query().getMany());
    expect(read.map((row) => row.id)).toEqual([rows[2].id, rows[0].id]);
    expect(read[0]).toBeInstanceOf(ReaderRow);
    const { statements } = await countStatements(() => reader.many(query()));
    expect(statements).toBe(1);
  });

  it('refuses a select that also selects a joined entity, which only TypeORM can hydrate', () => {
    const reader = new EntityReader(dataSource, ReaderRow);
    const joined = dataSource.getRepository(ReaderRow).createQueryBuilder('row').leftJoinAndSelect(ReaderRow, 'other', 'other.id = row.parent_id');
    expect(() => reader.many(joined)).toThrow('EntityReader.many reads one entity');
  });
});
