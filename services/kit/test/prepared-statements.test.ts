import { createDataSource } from '../src/db/data-source';
import { preparingClient } from '../src/db/prepared-statements';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

/** One client on its own session (PGlite has one session, so one client at a time). */
async function withClient(capacity: number, work: (client: InstanceType<ReturnType<typeof preparingClient>>) => Promise<void>) {
  const PreparingClient = preparingClient(capacity);
  const client = new PreparingClient({ connectionString: database.url });
  await client.connect();
  // PGlite's clients all share its one session: start from none left by the previous test.
  await client.query('DEALLOCATE ALL');
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function preparedOnServer(client: InstanceType<ReturnType<typeof preparingClient>>): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time');
  return rows.map((row) => row.statement);
}

it('prepares a parameterised statement on its second use and keeps answering it correctly', async () => {
  await withClient(10, async (client) => {
    const text = 'SELECT $1::int * 2 AS doubled';
    expect((await client.query(text, [1])).rows).toEqual([{ doubled: 2 }]);
    expect(await preparedOnServer(client)).toEqual([]);
    for (let i = 2; i <= 5; i++) expect((await client.query(text, [i])).rows).toEqual([{ doubled: 2 * i }]);
    expect(await preparedOnServer(client)).toEqual([text]);
    // Statements without parameters are never named (the one listing them above included).
    await client.query('SELECT 1');
    await client.query('SELECT 1');
    expect(await preparedOnServer(client)).toEqual([text]);
  });
});

it('keeps at most its capacity prepared on the server, deallocating the least recently used', async () => {
  await withClient(2, async (client) => {
    const texts = ['SELECT $1::int + 1 AS n', 'SELECT $1::int + 2 AS n', 'SELECT $1::int + 3 AS n'];
    for (const text of texts) {
      for (let i = 0; i < 3; i++) await client.query(text, [i]);
    }
    expect(await preparedOnServer(client)).toEqual(texts.slice(1));
    // The first comes back, prepared under a new name, and still answers.
    for (let i = 0; i < 3; i++) expect((await client.query(texts[0], [10])).rows).toEqual([{ n: 11 }]);
    expect(await preparedOnServer(client)).toEqual([texts[2], texts[0]]);
  });
});

it('prepares a statement again after its preparation failed', async () => {
  await withClient(10, async (client) => {
    const text = 'SELECT count(*)::int AS n FROM prepared_later WHERE id = $1';
    for (let i = 0; i < 3; i++) await expect(client.query(text, [1])).rejects.toThrow(/prepared_later/);
    expect(await preparedOnServer(client)).toEqual([]);
    await client.query('CREATE TABLE prepared_later (id int)');
    try {
      for (let i = 0; i < 3; i++) expect((await client.query(text, [1])).rows).toEqual([{ n: 0 }]);
      expect(await preparedOnServer(client)).toEqual([text]);
    } finally {
      await client.query('DROP TABLE prepared_later');
    }
  });
});

it('a server data source prepares through its pool unless configured with 0', async () => {
  if (!database.real) return; // The embedded database never prepares (data-source.ts says why).
  for (const [preparedStatements, expected] of [[undefined, 1], [0, 0]] as const) {
    const dataSource = createDataSource({ url: database.url, schema: 'public', entities: [], migrations: [], poolMax: 1, preparedStatements });
    await dataSource.initialize();
    try {
      for (let i = 0; i < 3; i++) await dataSource.query('SELECT $1::int AS n', [i]);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM pg_prepared_statements WHERE statement = 'SELECT $1::int AS n'`);
      expect(count).toBe(expected);
    } finally {
      await dataSource.destroy();
    }
  }
});
