import { ImportRefusedError, type ImportReport, today } from '@careergraph/kit';
import { parse } from 'csv-parse/sync';
import { DISTRICT_ADMIN, openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import { generatePartnersWorld, generateStudentsWorld, partnerSpreadsheets } from '@careergraph/demo-data';
import { importPartnerSpreadsheets } from '../src/import/spreadsheet-import';
import { partnersSubgraph } from '../src/server';

let db: TestDataSource;
const world = generatePartnersWorld(generateStudentsWorld({ students: 300, asOf: today() }), { partners: 12, opportunities: 30 });
const sheets = partnerSpreadsheets(world);

beforeAll(async () => {
  db = await openTestDataSource(partnersSubgraph.schema);
}, 300_000);

afterAll(() => db.close(), 60_000);

const run = (files: Map<string, string>, dryRun = false) =>
  importPartnerSpreadsheets(db.dataSource, files, { caller: DISTRICT_ADMIN, requestId: 'import-test', youthMinimumWage: 13, dryRun });

const count = async (table: string): Promise<number> => (await db.dataSource.query(`SELECT count(*)::int AS n FROM partners.${table}`))[0].n;

/** The sheet with the row on `line` (1 is the header) changed as given. */
function withRow(file: string, line: number, changes: Record<string, string>, files = sheets): Map<string, string> {
  const [header, ...rows]: string[][] = parse(files.get(file)!);
  Object.entries(changes).forEach(([column, value]) => (rows[line - 2][header.indexOf(column)] = value));
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return new Map([...files, [file, [header, ...rows].map((cells) => cells.map(cell).join(',')).join('\n')]]);
}

async function refusal(files: Map<string, string>): Promise<ImportReport> {
  const error = await run(files).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportRefusedError);
  return (error as ImportRefusedError).report;
}

it('shows in a dry run what it would create, and writes nothing', async () => {
  const report = await run(sheets, true);
  expect(report.changes).toEqual({
    partners: { created: world.partners.length, updated: 0, unchanged: 0, withdrawn: 0 },
    opportunities: { created: world.opportunities.length, updated: 0, unchanged: 0, withdrawn: 0 },
  });
  expect(await count('partners')).toBe(0);
});

it('onboards partners as prospects and their opportunities as drafts, audited', async () => {
  await run(sheets);
  expect(await count('partners')).toBe(world.partners.length);
  expect(await db.dataSource.query(`SELECT DISTINCT status FROM partners.partners`)).toEqual([{ status: 'PROSPECT' }]);
  expect(await db.dataSource.query(`SELECT DISTINCT status FROM partners.opportunities`)).toEqual([{ status: 'DRAFT' }]);
  expect(await count('opportunities')).toBe(world.opportunities.length);
  expect(await count('partner_status_changes')).toBe(world.partners.length);
  expect(await count('audit_events')).toBe(world.partners.length + world.opportunities.length);
});

it('changes nothing on a second run, and updates only the row that changed', async () => {
  expect((await run(sheets)).changes).toEqual({
    partners: { created: 0, updated: 0, unchanged: world.partners.length, withdrawn: 0 },
    opportunities: { created: 0, updated: 0, unchanged: world.opportunities.length, withdrawn: 0 },
  });
  // The name matches case-insensitively, as the partners' unique index does.
  const edited = withRow('partners.csv', 2, { name: world.partners[0].name.toUpperCase(), capacity: '77' });
  expect((await run(edited)).changes.partners).toEqual({ created: 0, updated: 1, unchanged: world.partners.length - 1, withdrawn: 0 });
  expect(await db.dataSource.query(`SELECT name, capacity FROM partners.partners WHERE lower(name) = lower($1)`, [world.partners[0].name])).toEqual([
    { name: world.partners[0].name, capacity: 77 },
  ]);
});

it('refuses a malformed sheet whole, reporting every bad row by file, line and column', async () => {
  const before = await db.dataSource.query(`SELECT * FROM partners.partners ORDER BY id`);
  let files = withRow('partners.csv', 2, { kind: 'EMPLOYEER' });
  files = withRow('partners.csv', 3, { careerClusters: 'HEALTH_SCIENCE; COOKING' }, files);
  files = withRow('partners.csv', 4, { capacity: '0' }, files);
  files = withRow('partners.csv', 5, { name: world.partners[5].name.toLowerCase() }, files);
  files = withRow('opportunities.csv', 2, { partnerName: 'Nobody Inc' }, files);
  files = withRow('opportunities.csv', 3, { endDate: '2000-01-01' }, files);
  files = withRow('opportunities.csv', 4, { compensationKind: 'WAGE', hourlyRate: '5.00' }, files);
  files = withRow('opportunities.csv', 5, { startDate: '2026-02-30' }, files);
  files = withRow('opportunities.csv', 6, { gradeLevels: '9; 14' }, files);
  const report = await refusal(files);
  const where = report.errors.map(({ file, line, column }) => `${file}:${line}:${column}`).sort();
  expect(where).toEqual(
    [
      'partners.csv:2:kind',
      'partners.csv:3:careerClusters',
      'partners.csv:4:capacity',
      'partners.csv:7:name',
      'opportunities.csv:2:partnerName',
      'opportunities.csv:3:endDate',
      'opportunities.csv:4:hourlyRate',
      'opportunities.csv:5:startDate',
      'opportunities.csv:6:gradeLevels',
    ].sort(),
  );
  expect(await db.dataSource.query(`SELECT * FROM partners.partners ORDER BY id`)).toEqual(before);
});
