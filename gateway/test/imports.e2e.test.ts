import { today } from '@careergraph/kit';
import { generatePartnersWorld, generateStudentsWorld, oneRosterBulkSet, oneRosterMalformedSet, partnerSpreadsheets } from '@careergraph/demo-data';
import { strToU8, zipSync } from 'fflate';
import { type RunningSupergraph, startSupergraph } from './support/supergraph-harness';

let supergraph: RunningSupergraph;
const students = generateStudentsWorld({ students: 120, asOf: today() });
const bulk = oneRosterBulkSet(students);
const enrolled = students.students.filter((student) => student.enrollmentStatus === 'ENROLLED').length;

const zip = (files: Map<string, string>) => Buffer.from(zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)]))));

beforeAll(async () => {
  supergraph = await startSupergraph();
}, 300_000);

afterAll(async () => {
  await supergraph?.stop();
});

async function upload(path: string, body: Buffer, role = 'DISTRICT_ADMIN', extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/zip', ...extra };
  if (role) headers.authorization = `Bearer ${await supergraph.token(role === 'SCHOOL_STAFF' ? { role, schoolIds: ['00000000-0000-4000-8000-000000000001'] } : { role: role as 'DISTRICT_ADMIN' })}`;
  const response = await fetch(new URL(path, supergraph.gatewayUrl), { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const studentCount = async () => (await supergraph.dataSources.students.query('SELECT count(*)::int AS n FROM students.students'))[0].n as number;

describe('uploading a roster or a spreadsheet through the gateway', () => {
  it('is for district administrators only, and names what it takes', async () => {
    expect((await upload('/imports/oneroster', zip(bulk), '')).status).toBe(401);
    const staff = await upload('/imports/oneroster', zip(bulk), 'SCHOOL_STAFF');
    expect(staff).toMatchObject({ status: 403, body: { error: 'role SCHOOL_STAFF may not import; district administrators do' } });
    expect((await upload('/imports/grades', zip(bulk))).status).toBe(404);
    expect(await studentCount()).toBe(0);
  });

  it('refuses a malformed OneRoster set whole, with every bad row by file, line and column', async () => {
    const { files, expected } = oneRosterMalformedSet(bulk);
    const answer = await upload('/imports/oneroster', zip(files));
    expect(answer.status).toBe(422);
    expect(answer.body.rowErrors).toHaveLength(expected.length);
    for (const row of expected) expect(answer.body.rowErrors).toContainEqual(expect.objectContaining({ file: row.file, line: row.line, column: row.column }));
    expect(await studentCount()).toBe(0);
  });

  it('shows a dry run without writing, then rosters the district once: a second upload changes nothing', async () => {
    const dry = await upload('/imports/oneroster?dryRun=true', zip(bulk));
    expect(dry).toMatchObject({ status: 200, body: { dryRun: true, changes: { students: { created: enrolled } } } });
    expect(await studentCount()).toBe(0);
    const applied = await upload('/imports/oneroster', zip(bulk));
    expect(applied).toMatchObject({ status: 200, body: { dryRun: false, changes: { students: { created: enrolled, updated: 0 } } } });
    expect(await studentCount()).toBe(enrolled);
    const again = await upload('/imports/oneroster', zip(bulk));
    expect(again.body.changes.students).toEqual({ created: 0, updated: 0, unchanged: enrolled, withdrawn: 0 });
  });

  it('onboards partners and opportunities from the district spreadsheets, as one CSV or a zip of them', async () => {
    const world = generatePartnersWorld(students, { partners: 5, opportunities: 8 });
    const sheets = partnerSpreadsheets(world);
    const partnersCsv = Buffer.from(sheets.get('partners.csv')!);
    const alone = await upload('/imports/partners', partnersCsv, 'DISTRICT_ADMIN', { 'content-type': 'text/csv', 'x-import-filename': 'partners.csv' });
    expect(alone).toMatchObject({ status: 200, body: { changes: { partners: { created: world.partners.length } } } });
    const both = await upload('/imports/partners', zip(sheets));
    expect(both).toMatchObject({
      status: 200,
      body: { changes: { partners: { unchanged: world.partners.length }, opportunities: { created: world.opportunities.length } } },
    });
  });
});
