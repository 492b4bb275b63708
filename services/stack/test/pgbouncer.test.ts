import { loadSubgraphConfig, openServiceDatabase } from '@careergraph/kit';
import { createTestDatabase, describeOnServer, signedHeaders, type TestDatabase } from '@careergraph/kit/testing';
import { partnersSubgraph } from '@careergraph/partners';
import { Client } from 'pg';
import { type PgBouncer, pgBouncerInstalled, PGBOUNCER, startPgBouncer } from './support/pgbouncer';
import { nodeEntry, type ServiceProcess, startServiceProcess } from './support/service-process';

/**
 * A subgraph behind PgBouncer in transaction mode. PgBouncer refuses the session settings the kit
 * used to send at connect ("unsupported startup parameter"), so they are the role's defaults in the
 * database, written by the migrate job, and the subgraph sends none and prepares no statements.
 *
 * Real PostgreSQL only: PgBouncer pools connections to a server, and the embedded database is not one.
 */
const onServer = describeOnServer('PgBouncer pools a PostgreSQL server, and PGlite is not one');

onServer('a subgraph through PgBouncer in transaction mode', () => {
  let database: TestDatabase;
  let bouncer: PgBouncer;
  let partners: ServiceProcess | undefined;

  beforeAll(async () => {
    if (!pgBouncerInstalled()) throw new Error(`${PGBOUNCER} is missing: apt-get install -y pgbouncer (.ci/run installs it)`);
    database = await createTestDatabase();
    // The deployment's migrate job, on a direct connection, writes the role's session defaults.
    const config = loadSubgraphConfig('partners', 0, { DATABASE_URL: database.url });
    await (await openServiceDatabase(config.database, partnersSubgraph.schema)).close();
    bouncer = await startPgBouncer(database.url);
  });

  afterAll(async () => {
    await partners?.stop();
    await bouncer?.stop();
    await database?.drop();
  });

  it('refuses session settings sent as startup parameters, which is why the kit sends none', async () => {
    const client = new Client({ connectionString: bouncer.url, options: '-c jit=off' });
    await expect(client.connect()).rejects.toThrow(/unsupported startup parameter: options/);
    await client.end().catch(() => undefined);
  });

  it("gives every pooled session the role's defaults: a 15 s statement timeout and JIT off", async () => {
    // Six clients in overlapping transactions, so PgBouncer opens several server sessions (pool of 4).
    const clients = Array.from({ length: 6 }, () => new Client({ connectionString: bouncer.url }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const settings = await Promise.all(
        clients.map(async (client) => {
          await client.query('BEGIN');
          const { rows } = await client.query(
            `SELECT current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit, pg_backend_pid() AS pid FROM pg_sleep(0.2)`,
          );
          await client.query('COMMIT');
          return rows[0] as { timeout: string; jit: string; pid: number };
        }),
      );
      expect(new Set(settings.map((row) => row.pid)).size).toBeGreaterThan(1);
      for (const row of settings) expect({ timeout: row.timeout, jit: row.jit }).toEqual({ timeout: '15s', jit: 'off' });
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('serves writes and reads through the pooler', async () => {
    partners = startServiceProcess('partners', nodeEntry('services/partners/src/index.ts'), {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: bouncer.url,
      DB_TRANSACTION_POOLER: 'true',
      // More client connections than PgBouncer's server pool (4): transactions share server sessions.
      DB_POOL_MAX: '8',
      PARTNERS_PORT: '0',
    });
    const { url } = await partners.waitFor('subgraph listening');
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signedHeaders(query)) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    };
    const create = `mutation Create($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id name } } }`;
    const names = Array.from({ length: 12 }, (_, i) => `Pooled Partner ${i + 1}`);
    // Each statement text repeats: with prepared statements on, the second use would name one on a
    // server session the next transaction may not get.
    const created = await Promise.all(
      names.map((name) => post(create, { input: { name, kind: 'EMPLOYER', industrySector: 'Manufacturing', careerClusters: ['MANUFACTURING'], capacity: 3 } })),
    );
    for (const answer of created) expect(answer.errors).toBeUndefined();
    expect(created.map((answer) => answer.data!.createPartner.partner.name).sort()).toEqual([...names].sort());

    const listed = await post(`{ partners(first: 50) { totalCount edges { node { name } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.partners.totalCount).toBe(names.length);
    expect(listed.data!.partners.edges.map((edge: { node: { name: string } }) => edge.node.name).sort()).toEqual([...names].sort());
  }, 120_000);
});
