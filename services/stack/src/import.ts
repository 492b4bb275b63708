/**
 * `npm run import -- oneroster <folder|zip> [--dry-run]` rosters schools and students from a
 * OneRoster 1.2 CSV set into the students subgraph; `npm run import -- partners <csv|folder|zip>
 * [--dry-run]` onboards partners and opportunities from the district's spreadsheets into the
 * partners subgraph. Each validates every row first and writes all or nothing, on DATABASE_URL (or
 * <SERVICE>_DATABASE_URL) or else the embedded databases under .data/ (stop `npm start` first).
 * Progress goes to stderr; a refused import lists every bad row and exits 1.
 */
import { bulkInsert, copyLoader, ImportRefusedError, type ImportReport, loadDatabaseConfig, openServiceDatabase, readImportFiles } from '@careergraph/kit';
import { partnersSubgraph } from '@careergraph/partners';
import { importPartnerSpreadsheets } from '@careergraph/partners/src/import/spreadsheet-import';
import { loadPartnersSettings } from '@careergraph/partners/src/config/partners-settings';
import { studentsSubgraph } from '@careergraph/students';
import { importOneRoster } from '@careergraph/students/src/import/oneroster-import';
import { userInfo } from 'node:os';

const USAGE = 'usage: npm run import -- oneroster <folder|zip> [--dry-run] | partners <csv|folder|zip> [--dry-run]';
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)}s`;

function progress(step: string, done: number, total: number): void {
  process.stderr.write(`[${elapsed()}] ${step}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}\n`);
}

async function main(): Promise<ImportReport> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const [kind, location] = args.filter((arg) => arg !== '--dry-run');
  if (!location || !['oneroster', 'partners'].includes(kind)) throw new Error(USAGE);
  const files = await readImportFiles(location);
  progress(`read ${location}`, files.size, files.size);
  const subgraph = kind === 'oneroster' ? studentsSubgraph : partnersSubgraph;
  const config = loadDatabaseConfig(subgraph.name);
  // A district roster is a few long statements (COPY): the request-sized statement timeout would cancel them.
  const database = await openServiceDatabase(config, subgraph.schema, { sessionStatementTimeoutMs: 0 });
  try {
    if (kind === 'oneroster') {
      return await importOneRoster(database.dataSource, files, { dryRun, progress, load: config.url ? copyLoader() : bulkInsert });
    }
    const caller = { subject: `cli:${userInfo().username}`, role: 'DISTRICT_ADMIN' as const, scope: { schoolIds: [] } };
    return await importPartnerSpreadsheets(database.dataSource, files, {
      caller, requestId: `import-${startedAt}`, youthMinimumWage: loadPartnersSettings().youthMinimumWage, dryRun, progress,
    });
  } finally {
    await database.close();
  }
}

main().then(
  (report) => {
    const dryRun = process.argv.includes('--dry-run');
    process.stderr.write(`${dryRun ? 'dry run, nothing written' : 'imported'} in ${elapsed()}:\n${report.summary()}\n`);
  },
  (error: unknown) => {
    if (error instanceof ImportRefusedError) process.stderr.write(`${error.lines().join('\n')}\n${error.message}\n`);
    else process.stderr.write(`import failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
