import { ConfigError, readSubgraphSettings, SUBGRAPHS } from '@careergraph/kit';
import { createTestDatabase, type TestDatabase } from '@careergraph/kit/testing';
import { Client } from 'pg';
import { SUBGRAPH_PACKAGES } from '../src/subgraph-packages';
import { nodeEntry, startServiceProcess } from './support/service-process';

/**
 * Production refuses to guess: every required setting is checked before the first side effect,
 * and a missing one stops the process with its name. Credentials used to migrate its schema and
 * only then stop on a missing BADGE_IDENTITY_SALT; a subgraph without DATABASE_URL ran on a private
 * embedded database.
 */
const problemsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe.each(SUBGRAPH_PACKAGES.map((subgraph) => [subgraph.name, subgraph] as const))('the %s subgraph in production', (name, subgraph) => {
  const { defaultPort } = SUBGRAPHS.find((registered) => registered.name === name)!;

  it("names the kit's and its own missing settings in one error", () => {
    const problems = problemsOf(() => readSubgraphSettings(subgraph, defaultPort, { NODE_ENV: 'production' }));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SUBGRAPH_SIGNING_SECRETS is required/), expect.stringMatching(/^DATABASE_URL: is required in production/)]),
    );
    if (name === 'credentials') expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^BADGE_IDENTITY_SALT is required/)]));
    if (name === 'integrations') expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^WEBHOOK_SECRETS_KEY is required/)]));
  });

  it("reports a bad value of its own settings with the kit's, not after them", () => {
    const problems = problemsOf(() => readSubgraphSettings(subgraph, defaultPort, { NODE_ENV: 'production', SUPPRESSION_THRESHOLD: '1' }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^SUPPRESSION_THRESHOLD must be an integer from 2/), expect.stringMatching(/^DATABASE_URL/)]));
  });
});

describe('a production start with a setting missing', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    // A server database, or on PGlite an embedded one served on a loopback port: the process under
    // test is given a DATABASE_URL either way, as production requires.
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('stops before migrating anything', async () => {
    const credentials = startServiceProcess('credentials', nodeEntry('services/credentials/src/index.ts'), {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      SUBGRAPH_SIGNING_SECRETS: 'a-production-signing-secret-of-32-characters-or-more',
      CREDENTIALS_PORT: '0',
    });
    expect(await credentials.exited).toBe(1);
    expect(credentials.output()).toMatch(/BADGE_IDENTITY_SALT is required/);
    expect(credentials.records.map((record) => record.msg)).not.toContain('migrations applied');

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS count FROM pg_namespace WHERE nspname = 'credentials'`);
      expect(rows[0].count).toBe(0);
    } finally {
      await client.end();
    }
  }, 60_000);
});
