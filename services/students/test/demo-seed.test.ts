import { createLogger } from '@careergraph/kit';
import { openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { generateStudentsWorld } from '@careergraph/demo-data';
import { seedStudentsDemo } from '../src/seed/demo-seed';
import { studentsSubgraph } from '../src/server';

let db: TestDataSource;

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
}, 300_000);

afterAll(() => db.close(), 60_000);

it('stores the demo students\' contact details and directory opt-outs as generated', async () => {
  const options = { students: 600, asOf: '2026-11-22' };
  expect(await seedStudentsDemo(db.dataSource, createLogger('test', 'silent'), options)).toBe(true);
  const world = generateStudentsWorld(options);
  const rows: { id: string; email: string | null; phone: string | null; directory_opt_outs: string[] }[] = await db.dataSource.query(
    `SELECT id, email, phone, directory_opt_outs FROM students.students`,
  );
  const stored = new Map(rows.map((row) => [row.id, { email: row.email, phone: row.phone, directoryOptOuts: row.directory_opt_outs }]));
  expect(stored.size).toBe(600);
  for (const student of world.students) {
    expect(stored.get(student.id)).toEqual({ email: student.email, phone: student.phone, directoryOptOuts: student.directoryOptOuts });
  }
  expect(rows.filter((row) => row.directory_opt_outs.length > 0).length).toBeGreaterThan(0);
  expect(await seedStudentsDemo(db.dataSource, createLogger('test', 'silent'), options)).toBe(false);
});
