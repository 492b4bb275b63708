import { createLogger } from '@careergraph/kit';
import { openTestDataSource, schemaState, type TestDataSource } from '@careergraph/kit/testing';
import { generatePlacementsWorld, generateStudentsWorld } from '@careergraph/demo-data';
import { seedPlacementsDemo } from '../src/seed/demo-seed';
import { placementsSubgraph } from '../src/server';
import { partnersWorld } from './support/partners-world.fixture';

let db: TestDataSource;

beforeAll(async () => {
  db = await openTestDataSource(placementsSubgraph.schema);
}, 300_000);

afterAll(() => db.close(), 60_000);

it('loads the demo slice once, in full, and leaves a seeded schema alone', async () => {
  const world = { students: generateStudentsWorld({ students: 300, asOf: '2026-03-16' }), partners: partnersWorld() };
  const logger = createLogger('test', 'silent');
  expect(await seedPlacementsDemo(db.dataSource, logger, world)).toBe(true);
  const expected = generatePlacementsWorld(world.students, world.partners);
  const state = await schemaState(db.dataSource, 'placements');
  // Each table's state is "<rows>:<digest>"; the row counts must match the generated world.
  const rowCounts = Object.fromEntries(Object.entries(state).map(([table, value]) => [table, value.split(':')[0]]));
  expect(rowCounts).toMatchObject({
    placements: String(expected.placements.length),
    placement_status_changes: String(expected.statusChanges.length),
    time_entries: String(expected.timeEntries.length),
    evaluations: String(expected.evaluations.length),
    reflections: String(expected.reflections.length),
  });
  // The training agreements' shared contact details and the program snapshots arrive as generated.
  const stored: { shared: string; programs: string }[] = await db.dataSource.query(
    `SELECT count(*) FILTER (WHERE cardinality(shared_student_contact) > 0)::text AS shared,
            count(*) FILTER (WHERE program_id IS NOT NULL)::text AS programs FROM placements.placements`,
  );
  expect(stored[0]).toEqual({
    shared: String(expected.placements.filter((p) => p.sharedStudentContact.length > 0).length),
    programs: String(expected.placements.filter((p) => p.programId !== null).length),
  });
  expect(await seedPlacementsDemo(db.dataSource, logger, world)).toBe(false);
  expect(await schemaState(db.dataSource, 'placements')).toEqual(state);
});
