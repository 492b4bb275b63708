import { Client } from 'pg';
import { DEFAULT_POOL_IDLE_MS } from '../src/config/service-config';
import { createDataSource, openServiceDatabase } from '../src/db/data-source';
import { createTestDatabase } from '../src/testing/test-database';

const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * On a PostgreSQL server the services' connections run without JIT: the year-wide analytics
 * statements' cost estimates pass jit_above_cost, and compiling them took up to a second each at
 * district scale, more than the statements themselves. (PGlite has no JIT, so this runs in the
 * PostgreSQL pass of CI, where TEST_DATABASE_URL is set.)
 */
(serverUrl ? it : it.skip)('connects to a PostgreSQL server with JIT off, the rest of its settings as configured', async () => {
  const dataSource = createDataSource({ url: serverUrl!, schema: 'public', entities: [], migrations: [], poolMax: 2, statementTimeoutMs: 7_000 });
  await dataSource.initialize();
  try {
    const [settings] = await dataSource.query(`SELECT current_setting('jit') AS jit, current_setting('statement_timeout') AS timeout`);
    expect(settings).toEqual({ jit: 'off', timeout: '7s' });
  } finally {
    await dataSource.destroy();
  }
});

/**
 * The migrate step writes the session settings as the connecting role's defaults in its database,
 * so a session that sends none (through a transaction-mode pooler, or psql) still has them, while
 * a bulk load's own connections may lift the timeout for themselves.
 */
(serverUrl ? it : it.skip)("writes the settings as the role's defaults; a process's own timeout is its sessions' alone", async () => {
  const database = await createTestDatabase();
  try {
    const opened = await openServiceDatabase(
      { url: database.url, dataDir: '', poolMax: 1, poolIdleMs: DEFAULT_POOL_IDLE_MS, statementTimeoutMs: 12_000, transactionPooler: false, preparedStatements: 0 },
      { schema: 'session_defaults', entities: [], migrations: [] },
      { sessionStatementTimeoutMs: 0 },
    );
    try {
      const [own] = await opened.dataSource.query(`SELECT current_setting('statement_timeout') AS timeout`);
      expect(own.timeout).toBe('0');
    } finally {
      await opened.close();
    }
    const plain = new Client({ connectionString: database.url });
    await plain.connect();
    try {
      const { rows } = await plain.query(`SELECT current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit`);
      expect(rows[0]).toEqual({ timeout: '12s', jit: 'off' });
    } finally {
      await plain.end();
    }
  } finally {
    await database.drop();
  }
});

/**
 * Idle connections stay in the pool for `poolIdleMs` (a minute by default, not pg's 10 s), so a
 * pause in traffic does not cost every connection's backend, caches and prepared statements.
 */
(serverUrl ? it : it.skip)('keeps an idle connection for the pool idle time, and closes it after', async () => {
  const open = async (poolIdleMs?: number) => {
    const dataSource = createDataSource({ url: serverUrl!, schema: 'public', entities: [], migrations: [], poolMax: 1, poolIdleMs });
    await dataSource.initialize();
    return dataSource;
  };
  const backendOf = async (dataSource: Awaited<ReturnType<typeof open>>) => (await dataSource.query('SELECT pg_backend_pid() AS pid'))[0].pid as number;
  const [kept, closed] = await Promise.all([open(), open(1_000)]);
  try {
    const before = await Promise.all([backendOf(kept), backendOf(closed)]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = await Promise.all([backendOf(kept), backendOf(closed)]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  } finally {
    await Promise.all([kept.destroy(), closed.destroy()]);
  }
});
