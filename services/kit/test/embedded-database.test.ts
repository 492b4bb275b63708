import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { DEFAULT_POOL_IDLE_MS } from '../src/config/service-config';
import { openServiceDatabase } from '../src/db/data-source';

/**
 * The embedded database's socket server takes one connection at a time. A pool that closed its
 * idle connection (pg's default, after 10 s) and opened a new one for the next query raced that
 * close, and about one query in four failed with "Connection terminated unexpectedly" — a
 * developer's first query after a pause under `npm start`. The pool keeps its connection instead.
 */
it('keeps the embedded database connection open through an idle spell', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'careergraph-embedded-'));
  const database = await openServiceDatabase({ url: undefined, dataDir, poolMax: 10, poolIdleMs: DEFAULT_POOL_IDLE_MS, statementTimeoutMs: 15_000, transactionPooler: false, preparedStatements: 100 }, {
    schema: 'idle_check',
    entities: [],
    migrations: [],
  });
  try {
    expect(database.embedded).toBe(true);
    await database.dataSource.query('SELECT 1');
    const pool = (database.dataSource.driver as unknown as { master: Pool }).master;
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    expect(pool.totalCount).toBe(1);
    for (let i = 0; i < 20; i++) await expect(database.dataSource.query('SELECT $1::int AS n', [i])).resolves.toEqual([{ n: i }]);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}, 90_000); // opening PGlite takes seconds on a loaded machine, beside CI's process-spawning tests
