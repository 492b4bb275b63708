import { createDataSource } from '../src/db/data-source';

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
