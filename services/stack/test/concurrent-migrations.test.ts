import { createTestDatabase, describeOnServer, type TestDatabase } from '@careergraph/kit/testing';
import { Client } from 'pg';
import { studentsSubgraph } from '@careergraph/students';
import { nodeEntry, type ServiceProcess, startServiceProcess } from './support/service-process';

/**
 * Three replicas of a subgraph started at once on one fresh database: each migrates at start-up,
 * and without the per-service advisory lock two of them crashed racing to create the same schema
 * and tables. With it one applies every migration, the others wait and find nothing to do.
 *
 * Real PostgreSQL only: an embedded PGlite database belongs to the one process that opened it, so
 * there is nothing for three processes to share.
 */
const onServer = describeOnServer('three processes cannot share an embedded (PGlite) database');

onServer('three replicas starting together on a fresh database', () => {
  let database: TestDatabase;
  const replicas: ServiceProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await database?.drop();
  });

  it('all come up, and exactly one applies the migrations', async () => {
    const env = { PATH: process.env.PATH ?? '', NODE_ENV: 'development', LOG_LEVEL: 'info', DATABASE_URL: database.url, STUDENTS_PORT: '0', DB_POOL_MAX: '2' };
    for (let i = 1; i <= 3; i++) replicas.push(startServiceProcess(`students-${i}`, nodeEntry('services/students/src/index.ts'), env));

    const listening = await Promise.all(replicas.map((replica) => replica.waitFor('subgraph listening')));
    for (const { url } of listening) expect((await fetch(new URL('/ready', url))).status).toBe(200);

    const applied = replicas.flatMap((replica) => replica.records.filter((record) => record.msg === 'migrations applied'));
    expect(applied).toHaveLength(1);
    const expected = (studentsSubgraph.schema.migrations as { name: string }[]).map((migration) => migration.name).sort();
    expect([...applied[0].applied!].sort()).toEqual(expected);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS count FROM students.migrations');
      expect(rows[0].count).toBe(expected.length);
    } finally {
      await client.end();
    }
  }, 120_000);
});
