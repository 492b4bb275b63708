/**
 * `npm run seed -- --scale demo|district`: loads a deterministic data set into every subgraph whose
 * schema is empty (migrating first); schemas that already hold data are left alone. `demo` is the
 * small default (any database); `district` is the district-scale world loaded with COPY into a
 * PostgreSQL server (DATABASE_URL), with progress on stderr and row counts and timings at the end.
 */
import { createLogger, type LoadProgress, loadDatabaseConfig, openServiceDatabase } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_PACKAGES } from './subgraph-packages';

const SCALES = ['demo', 'district'] as const;
type Scale = (typeof SCALES)[number];

function scaleArgument(argv: string[]): Scale {
  const index = argv.indexOf('--scale');
  const value = index >= 0 ? argv[index + 1] : 'demo';
  if (!SCALES.includes(value as never)) {
    throw new Error(`--scale must be one of ${SCALES.join(', ')}, got "${value ?? ''}"`);
  }
  return value as Scale;
}

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;

/** One stderr line per table at every quarter of its rows (and each 100,000 of big ones). */
function progressPrinter(subgraph: string): LoadProgress {
  return (table, done, total) => {
    const step = Math.max(Math.ceil(total / 4), Math.min(total, 100_000));
    if (done === total || Math.floor(done / step) !== Math.floor((done - 5000) / step)) {
      process.stderr.write(`[${elapsed()}] ${subgraph}.${table}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} rows\n`);
    }
  };
}

/** Row counts of every table the subgraph owns, for the closing summary. */
async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { schema, tableName } of dataSource.entityMetadatas) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${schema}"."${tableName}"`);
    counts[`${schema}.${tableName}`] = count;
  }
  return counts;
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv.slice(2));
  const logger = createLogger('seed', 'info');
  const summary: Record<string, number> = {};
  for (const subgraph of SUBGRAPH_PACKAGES) {
    const config = loadDatabaseConfig(subgraph.name);
    if (scale === 'district' && !config.url) throw new Error('--scale district loads with COPY into a PostgreSQL server: set DATABASE_URL');
    // One COPY of a million rows is one statement: the request-sized statement timeout would cancel it.
    const database = await openServiceDatabase(config, subgraph.schema, scale === 'district' ? { sessionStatementTimeoutMs: 0 } : {});
    try {
      const subgraphStart = Date.now();
      const loaded =
        scale === 'district'
          ? ((await subgraph.seedDistrict?.(database.dataSource, logger, progressPrinter(subgraph.name))) ?? false)
          : ((await subgraph.seedDemo?.(database.dataSource, logger)) ?? false);
      if (!loaded) {
        logger.info({ subgraph: subgraph.name, scale }, 'already has data; left as it is');
        continue;
      }
      // Fresh statistics, so the planner picks index scans on the new rows right away, and a visibility
      // map, so the covering indexes answer by index-only scans instead of visiting each new row.
      for (const { schema, tableName } of database.dataSource.entityMetadatas) {
        await database.dataSource.query(`VACUUM (ANALYZE) "${schema}"."${tableName}"`);
      }
      const counts = await rowCounts(database.dataSource);
      Object.assign(summary, counts);
      process.stderr.write(`[${elapsed()}] ${subgraph.name} loaded in ${((Date.now() - subgraphStart) / 1000).toFixed(1)}s\n`);
    } finally {
      await database.close();
    }
  }
  if (Object.keys(summary).length > 0) {
    process.stderr.write(`seeded --scale ${scale} in ${elapsed()}:\n`);
    for (const [table, count] of Object.entries(summary)) process.stderr.write(`  ${table.padEnd(42)} ${count.toLocaleString('en-US').padStart(11)}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`seed failed: ${(error as Error).message}\n`);
  process.exit(1);
});
