import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './test-database';
import type { SqlRunner } from '../analytics/metric-cube';

/**
 * For metric-cube tests: a throwaway database, `setup` run once on it (the facts table), and a
 * runner recording each statement's SQL (emptied before every test).
 */
export function cubeTestDatabase(setup: (client: Client) => Promise<void>) {
  let db: TestDatabase;
  let client: Client;
  const statements: string[] = [];
  const run: SqlRunner = async (sql, params) => {
    statements.push(sql);
    return (await client.query(sql, params)).rows;
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    await setup(client);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });
  beforeEach(() => statements.splice(0));
  return { run, statements, query: (sql: string) => client.query(sql) };
}
