import { csvCell, toCsv } from './csv-writer';
import type { StudentsWorld } from './students';

/** A OneRoster CSV file set: file name to contents, as a SIS export zip holds them. */
export type OneRosterFileSet = Map<string, string>;

const ORG_HEADER = ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId', 'metadata.network', 'metadata.gradeLow', 'metadata.gradeHigh', 'metadata.street', 'metadata.city', 'metadata.state', 'metadata.postalCode'];
const USER_HEADER = ['sourcedId', 'status', 'dateLastModified', 'enabledUser', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password', 'userMasterIdentifier', 'resourceSourcedIds', 'preferredGivenName', 'preferredMiddleName', 'preferredFamilyName', 'primaryOrgSourcedId', 'pronouns'];
const ROLE_HEADER = ['sourcedId', 'status', 'dateLastModified', 'userSourcedId', 'roleType', 'role', 'beginDate', 'endDate', 'orgSourcedId', 'userProfileSourcedId'];
const DEMOGRAPHIC_HEADER = ['sourcedId', 'status', 'dateLastModified', 'birthDate', 'sex', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander', 'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity', 'countryOfBirthCode', 'stateOfBirthAbbreviation', 'cityOfBirth', 'publicSchoolResidenceStatus', 'metadata.englishLearner', 'metadata.disabilityPlan', 'metadata.economicallyDisadvantaged'];
const RACE_COLUMNS: Record<string, string> = {
  AMERICAN_INDIAN_OR_ALASKA_NATIVE: 'americanIndianOrAlaskaNative',
  ASIAN: 'asian',
  BLACK_OR_AFRICAN_AMERICAN: 'blackOrAfricanAmerican',
  NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER: 'nativeHawaiianOrOtherPacificIslander',
  WHITE: 'white',
  TWO_OR_MORE_RACES: 'demographicRaceTwoOrMoreRaces',
  HISPANIC_OR_LATINO: 'hispanicOrLatinoEthnicity',
};
const SEX: Record<string, string> = { FEMALE: 'female', MALE: 'male', NONBINARY: 'other', NOT_REPORTED: 'unspecified' };
export const DISTRICT_ORG_SOURCED_ID = 'org-district';

export const schoolSourcedId = (districtSchoolId: string) => `org-${districtSchoolId}`;
export const studentSourcedId = (districtStudentId: string) => `usr-${districtStudentId}`;
const grade = (level: number) => (level === -1 ? 'PK' : level === 0 ? 'KG' : String(level).padStart(2, '0'));

/** The district's roster as its SIS would export it (bulk): every school and enrolled student. */
export function oneRosterBulkSet(world: StudentsWorld): OneRosterFileSet {
  const modified = `${world.asOf}T06:00:00.000Z`;
  const students = world.students.filter((student) => student.enrollmentStatus === 'ENROLLED');
  const schools = new Map(world.schools.map((school) => [school.id, school]));
  const orgs = [
    { sourcedId: DISTRICT_ORG_SOURCED_ID, status: 'active', dateLastModified: modified, name: 'Demo Public Schools', type: 'district', identifier: 'DISTRICT' },
    ...world.schools.map((school) => ({
      sourcedId: schoolSourcedId(school.districtSchoolId),
      status: 'active',
      dateLastModified: modified,
      name: school.name,
      type: 'school',
      identifier: school.districtSchoolId,
      parentSourcedId: DISTRICT_ORG_SOURCED_ID,
      'metadata.network': school.network,
      'metadata.gradeLow': grade(school.gradeLow),
      'metadata.gradeHigh': grade(school.gradeHigh),
      'metadata.street': school.street,
      'metadata.city': school.city,
      'metadata.state': school.state,
      'metadata.postalCode': school.postalCode,
    })),
  ];
  const users = students.map((student) => ({
    sourcedId: studentSourcedId(student.districtStudentId),
    status: 'active',
    dateLastModified: modified,
    enabledUser: 'true',
    username: student.districtStudentId.toLowerCase(),
    givenName: student.legalFirstName,
    familyName: student.legalLastName,
    identifier: student.districtStudentId,
    email: student.email,
    phone: student.phone,
    grades: grade(student.gradeLevel),
    preferredGivenName: student.preferredName,
    primaryOrgSourcedId: schoolSourcedId(schools.get(student.schoolId)!.districtSchoolId),
  }));
  const roles = students.map((student) => ({
    sourcedId: `role-${student.districtStudentId}`,
    status: 'active',
    dateLastModified: modified,
    userSourcedId: studentSourcedId(student.districtStudentId),
    roleType: 'primary',
    role: 'student',
    orgSourcedId: schoolSourcedId(schools.get(student.schoolId)!.districtSchoolId),
  }));
  const demographics = students.map((student) => ({
    sourcedId: studentSourcedId(student.districtStudentId),
    status: 'active',
    dateLastModified: modified,
    birthDate: student.dateOfBirth,
    sex: SEX[student.gender],
    ...Object.fromEntries(Object.values(RACE_COLUMNS).map((column) => [column, String(RACE_COLUMNS[student.raceEthnicity] === column)])),
    'metadata.englishLearner': String(student.englishLearner),
    'metadata.disabilityPlan': student.disabilityPlan,
    'metadata.economicallyDisadvantaged': String(student.economicallyDisadvantaged),
  }));
  return new Map([
    ['manifest.csv', manifest({ orgs: 'bulk', users: 'bulk', roles: 'bulk', demographics: 'bulk' })],
    ['orgs.csv', toCsv(ORG_HEADER, orgs)],
    ['users.csv', toCsv(USER_HEADER, users)],
    ['roles.csv', toCsv(ROLE_HEADER, roles)],
    ['demographics.csv', toCsv(DEMOGRAPHIC_HEADER, demographics)],
  ]);
}

/** A delta after `bulk`: the first student left the district (tobedeleted), the second changed name. */
export function oneRosterDeltaSet(bulk: OneRosterFileSet): OneRosterFileSet {
  const [header, leaver, renamed] = bulk.get('users.csv')!.split('\n');
  const columns = header.split(',');
  const change = (line: string, values: Record<string, string>) => {
    const cells = parseLine(line);
    for (const [column, value] of Object.entries(values)) cells[columns.indexOf(column)] = value;
    return cells.map(csvCell).join(',');
  };
  const modified = new Date().toISOString();
  return new Map([
    ['manifest.csv', manifest({ orgs: 'absent', users: 'delta', roles: 'absent', demographics: 'absent' })],
    ['users.csv', [header, change(leaver, { status: 'tobedeleted', dateLastModified: modified }), change(renamed, { familyName: 'Renamed', dateLastModified: modified }), ''].join('\n')],
  ]);
}

/** One malformed row per kind the importer must refuse, each with the cell it should name. */
export interface MalformedRow {
  file: string;
  line: number;
  column: string | null;
  kind: string;
}

/**
 * `bulk` (a small set) with one bad row of every kind appended; `expected` says where each is.
 * The clean rows stay valid, so a refused import names exactly these.
 */
export function oneRosterMalformedSet(bulk: OneRosterFileSet): { files: OneRosterFileSet; expected: MalformedRow[] } {
  const files = new Map(bulk);
  const expected: MalformedRow[] = [];
  const append = (file: string, rows: { values: Record<string, string>; column: string | null; kind: string | null }[]) => {
    const lines = files.get(file)!.replace(/\n$/, '').split('\n');
    const header = lines[0].split(',');
    for (const row of rows) {
      lines.push(header.map((column) => csvCell(row.values[column] ?? '')).join(','));
      if (row.kind) expected.push({ file, line: lines.length, column: row.column, kind: row.kind });
    }
    files.set(file, `${lines.join('\n')}\n`);
  };
  const firstRow = (file: string) => {
    const [header, first] = bulk.get(file)!.split('\n');
    const cells = parseLine(first);
    return Object.fromEntries(header.split(',').map((column, i) => [column, cells[i]]));
  };
  const user = firstRow('users.csv');
  const school = user.primaryOrgSourcedId;
  const student = (n: number, values: Record<string, string>) => ({ ...user, sourcedId: `usr-bad-${n}`, identifier: `BAD${n}`, username: `bad${n}`, ...values });
  // Each bad user is otherwise a complete student (a role and demographics), so only its own fault is reported.
  const demographic = firstRow('demographics.csv');
  append('roles.csv', [1, 2, 3, 5, 6, 7, 8, 9].map((n) => ({ values: { ...firstRow('roles.csv'), sourcedId: `role-bad-user-${n}`, userSourcedId: `usr-bad-${n}` }, column: null, kind: null })));
  append('demographics.csv', [1, 5, 6, 7, 8, 9].map((n) => ({ values: { ...demographic, sourcedId: `usr-bad-${n}` }, column: null, kind: null })));
  append('users.csv', [
    { values: student(1, { primaryOrgSourcedId: 'org-nowhere' }), column: 'primaryOrgSourcedId', kind: 'unknown org' },
    { values: student(2, { grades: '6th' }), column: 'grades', kind: 'bad grade' },
    { values: student(3, { grades: '03' }), column: 'grades', kind: 'grade out of range' },
    { values: { ...user, identifier: 'DUP1' }, column: 'sourcedId', kind: 'duplicate sourcedId' },
    { values: student(5, { status: 'inactive' }), column: 'status', kind: 'bad status' },
    { values: student(6, { givenName: 'x'.repeat(101) }), column: 'givenName', kind: 'too-long text' },
    { values: student(7, { dateLastModified: 'yesterday' }), column: 'dateLastModified', kind: 'bad date-time' },
    { values: student(8, { identifier: 'BAD 8!' }), column: 'identifier', kind: 'bad district student id' },
    { values: student(9, { email: 'not-an-email' }), column: 'email', kind: 'bad email' },
  ]);
  append('roles.csv', [
    { values: { sourcedId: 'role-bad-1', status: 'active', userSourcedId: 'usr-missing', roleType: 'primary', role: 'student', orgSourcedId: school }, column: 'userSourcedId', kind: 'bad sourcedId reference' },
    { values: { sourcedId: 'role-bad-2', status: 'active', userSourcedId: 'usr-bad-1', roleType: 'primary', role: 'pupil', orgSourcedId: school }, column: 'role', kind: 'bad enum' },
  ]);
  append('demographics.csv', [
    { values: { ...demographic, sourcedId: 'usr-bad-2', birthDate: '2010-02-30' }, column: 'birthDate', kind: 'bad date' },
    { values: { ...demographic, sourcedId: 'usr-bad-3', sex: 'F' }, column: 'sex', kind: 'bad enum' },
  ]);
  append('orgs.csv', [
    { values: { sourcedId: 'org-bad-1', status: 'active', name: 'Bad Type School', type: 'campus', identifier: 'BADORG1', parentSourcedId: DISTRICT_ORG_SOURCED_ID }, column: 'type', kind: 'bad enum' },
    { values: { sourcedId: 'org-bad-2', status: 'active', name: 'Orphan School', type: 'district', identifier: 'BADORG2', parentSourcedId: 'org-nowhere' }, column: 'parentSourcedId', kind: 'unknown org' },
  ]);
  return { files, expected };
}

/** A file set whose users.csv lacks a required column (grades): reported once, at its header. */
export function oneRosterMissingColumnSet(bulk: OneRosterFileSet): OneRosterFileSet {
  const files = new Map(bulk);
  const lines = bulk.get('users.csv')!.replace(/\n$/, '').split('\n').map(parseLine);
  const drop = lines[0].indexOf('grades');
  files.set('users.csv', `${lines.map((cells) => cells.filter((_, i) => i !== drop).map(csvCell).join(',')).join('\n')}\n`);
  return files;
}

function manifest(files: Record<string, 'bulk' | 'delta' | 'absent'>): string {
  const rows = [
    ['manifest.version', '1.0'],
    ['oneroster.version', '1.2'],
    ...['academicSessions', 'categories', 'classes', 'classResources', 'courses', 'courseResources', 'demographics', 'enrollments', 'lineItemLearningObjectiveIds', 'lineItems', 'lineItemScoreScales', 'orgs', 'resources', 'results', 'resultLearningObjectiveIds', 'resultScoreScales', 'roles', 'scoreScales', 'userProfiles', 'userResources', 'users'].map(
      (file) => [`file.${file}`, files[file] ?? 'absent'],
    ),
    ['source.systemName', 'CareerGraph demo SIS'],
  ];
  return `propertyName,value\n${rows.map((row) => row.join(',')).join('\n')}\n`;
}

/** One line of the CSV this module writes (quoted cells hold no line breaks). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') cells.push(cell), (cell = '');
    else cell += char;
  }
  cells.push(cell);
  return cells;
}
