import { type CsvRow, type ImportFiles, type ImportReport, readCsvTable, UserInputError } from '@careergraph/kit';

/**
 * The OneRoster 1.2 CSV binding as far as this importer reads it: the files, their required
 * headers, and the value formats every file shares. Columns named `metadata.*` are the standard's
 * extension point; the ones this district adds are listed in the students README.
 */
export const ONEROSTER_FILES = {
  orgs: ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'],
  users: ['sourcedId', 'status', 'dateLastModified', 'enabledUser', 'username', 'givenName', 'familyName', 'identifier', 'grades', 'primaryOrgSourcedId'],
  roles: ['sourcedId', 'status', 'dateLastModified', 'userSourcedId', 'roleType', 'role', 'orgSourcedId'],
  demographics: ['sourcedId', 'status', 'dateLastModified', 'birthDate', 'sex', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander', 'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity'],
} as const;

export type OneRosterFile = keyof typeof ONEROSTER_FILES;
/** How the manifest delivers a file: the whole set, the changes since the last one, or not at all. */
export type FileMode = 'bulk' | 'delta' | 'absent';

export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'];
export const ROLES = ['aide', 'counselor', 'districtAdministrator', 'guardian', 'parent', 'principal', 'proctor', 'relative', 'siteAdministrator', 'student', 'systemAdministrator', 'teacher'];
const STATUSES = ['active', 'tobedeleted'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** A sourcedId is an opaque string; this bound keeps a garbled cell from becoming a key. */
const MAX_SOURCED_ID = 255;

/** The rows of every file the manifest delivers, each with its mode; manifest errors go to the report. */
export function readOneRosterSet(report: ImportReport, files: ImportFiles): Map<OneRosterFile, { mode: FileMode; rows: CsvRow[] }> {
  const set = new Map<OneRosterFile, { mode: FileMode; rows: CsvRow[] }>();
  const manifestText = files.get('manifest.csv');
  if (manifestText === undefined) {
    report.error({ file: 'manifest.csv', line: 0, column: null, message: 'a OneRoster file set needs its manifest.csv' });
    return set;
  }
  const manifest = new Map(readCsvTable(report, 'manifest.csv', manifestText, ['propertyName', 'value']).map((row) => [row.values.propertyName, row]));
  const version = manifest.get('oneroster.version');
  if (version?.values.value !== '1.2') {
    report.error({ file: 'manifest.csv', line: version?.line ?? 1, column: 'value', message: `oneroster.version must be 1.2, got "${version?.values.value ?? ''}"` });
  }
  for (const file of Object.keys(ONEROSTER_FILES) as OneRosterFile[]) {
    const entry = manifest.get(`file.${file}`);
    const mode = (entry?.values.value ?? 'absent') as FileMode;
    if (!['bulk', 'delta', 'absent'].includes(mode)) {
      report.error({ file: 'manifest.csv', line: entry!.line, column: 'value', message: `file.${file} must be bulk, delta or absent, got "${mode}"` });
      continue;
    }
    if (mode === 'absent') continue;
    const text = files.get(`${file}.csv`);
    if (text === undefined) {
      report.error({ file: `${file}.csv`, line: 0, column: null, message: `the manifest delivers ${file}.csv (${mode}) but the set does not have it` });
      continue;
    }
    const rows = readCsvTable(report, `${file}.csv`, text, ONEROSTER_FILES[file]);
    report.progress(`read ${file}.csv (${mode})`, rows.length, rows.length);
    set.set(file, { mode, rows });
  }
  return set;
}

/** Checks the columns every OneRoster file shares; false when the row is unusable as a record. */
export function checkCommonColumns(report: ImportReport, file: string, row: CsvRow, seen: Set<string>): boolean {
  const { sourcedId, status, dateLastModified } = row.values;
  let usable = true;
  if (!sourcedId || sourcedId.length > MAX_SOURCED_ID) {
    report.error({ file, line: row.line, column: 'sourcedId', message: sourcedId ? `must be at most ${MAX_SOURCED_ID} characters` : 'must not be empty' });
    usable = false;
  } else if (seen.has(sourcedId)) {
    report.error({ file, line: row.line, column: 'sourcedId', message: `${sourcedId} appears more than once in the file` });
    usable = false;
  }
  seen.add(sourcedId);
  if (!STATUSES.includes(status)) {
    report.error({ file, line: row.line, column: 'status', message: `must be active or tobedeleted, got "${status}"` });
    usable = false;
  }
  if (dateLastModified && !validDateTime(dateLastModified)) {
    report.error({ file, line: row.line, column: 'dateLastModified', message: `must be an ISO 8601 date-time like 2026-08-15T09:30:00.000Z, got "${dateLastModified}"` });
  }
  return usable;
}

function validDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** OneRoster grade codes (CEDS): PK is -1, KG is 0, then 01 to 13. */
export function oneRosterGrade(field: string, value: string): number {
  if (value === 'PK') return -1;
  if (value === 'KG') return 0;
  if (/^(0[1-9]|1[0-3])$/.test(value)) return Number(value);
  throw new UserInputError(field, `must be a OneRoster grade code (PK, KG, 01 to 13), got "${value}"`);
}

export function oneRosterBoolean(field: string, value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserInputError(field, `must be true or false, got "${value}"`);
}
