import {
  bulkInsert,
  calendarDate,
  type CsvRow,
  type ImportFiles,
  ImportReport,
  type ImportProgress,
  integerInRange,
  loadSubgraphTypeDefs,
  oneOf,
  optionalText,
  planUpserts,
  requiredText,
  type RowLoader,
  schemaEnumValues,
  schoolYearOf,
  today,
  updateRows,
  UserInputError,
} from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SchoolEntity } from '../entities/school.entity';
import { StudentEntity } from '../entities/student.entity';
import type { DisabilityPlan, Gender, RaceEthnicity, SchoolKind } from '../generated/graphql';
import {
  checkGradeServed,
  DISTRICT_STUDENT_ID,
  MAX_GRADE,
  MIN_GRADE,
  validDateOfBirth,
  validEmail,
  validPhone,
} from '../services/student.service';
import {
  checkCommonColumns,
  oneRosterBoolean,
  oneRosterGrade,
  ORG_TYPES,
  readOneRosterSet,
  ROLES,
} from './oneroster-format';

export interface OneRosterImportOptions {
  /** Validate and count, write nothing. */
  dryRun?: boolean;
  progress?: ImportProgress;
  /** How new rows are written: COPY on a PostgreSQL server, multi-row INSERTs (the default) anywhere. */
  load?: RowLoader;
  /** The day the roster is as of (cohorts are counted from its school year). Default: today. */
  asOf?: string;
}

/** The fields an import owns; anything else (directory opt-outs, staff edits of other fields) stays. */
const SCHOOL_FIELDS = ['sourcedId', 'name', 'districtSchoolId', 'network', 'kind', 'gradeLow', 'gradeHigh', 'street', 'city', 'state', 'postalCode'] as const;
const STUDENT_FIELDS = [
  'sourcedId', 'districtStudentId', 'legalFirstName', 'legalLastName', 'preferredName', 'dateOfBirth', 'gradeLevel', 'cohort',
  'enrollmentStatus', 'schoolId', 'englishLearner', 'disabilityPlan', 'economicallyDisadvantaged', 'raceEthnicity', 'gender', 'email', 'phone',
] as const;
const SEX_TO_GENDER: Record<string, Gender> = { female: 'FEMALE', male: 'MALE', other: 'NONBINARY', unspecified: 'NOT_REPORTED' };
const RACE_FLAGS: [string, RaceEthnicity][] = [
  ['americanIndianOrAlaskaNative', 'AMERICAN_INDIAN_OR_ALASKA_NATIVE'],
  ['asian', 'ASIAN'],
  ['blackOrAfricanAmerican', 'BLACK_OR_AFRICAN_AMERICAN'],
  ['nativeHawaiianOrOtherPacificIslander', 'NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER'],
  ['white', 'WHITE'],
];
const DISABILITY_PLANS = schemaEnumValues(loadSubgraphTypeDefs('students'), 'DisabilityPlan') as DisabilityPlan[];
const PROGRESS_EVERY = 50_000;

/**
 * Imports a OneRoster 1.2 CSV file set (bulk or delta) into the students schema: orgs of type
 * school become schools, users with a student role become students, demographics give their
 * sensitive attributes. Every row is validated first with the subgraph's own rules; any error
 * refuses the whole set (ImportRefusedError, nothing written). Otherwise everything is written in
 * one transaction, matched by sourcedId (or, for records loaded before rostering, by the district
 * school or student id), so a second run changes nothing. `status=tobedeleted` withdraws a student.
 */
export async function importOneRoster(dataSource: DataSource, files: ImportFiles, options: OneRosterImportOptions = {}): Promise<ImportReport> {
  const report = new ImportReport(options.progress);
  const set = readOneRosterSet(report, files);
  const [schools, students] = await Promise.all([dataSource.getRepository(SchoolEntity).find(), dataSource.getRepository(StudentEntity).find()]);
  report.progress('read stored records', schools.length + students.length, schools.length + students.length);

  const schoolRows = planSchools(report, set.get('orgs')?.rows ?? [], schools);
  const studentRows = planStudents(report, set, schoolRows.bySourcedId, students, options.asOf ?? today());
  report.assertValid();

  const schoolPlan = planUpserts(report, 'schools', schoolRows.incoming, SCHOOL_FIELDS);
  const studentPlan = planUpserts(report, 'students', studentRows, STUDENT_FIELDS);
  for (const { row, existing } of studentRows) {
    if (row.enrollmentStatus === 'WITHDRAWN' && existing?.enrollmentStatus !== 'WITHDRAWN') report.count('students', 'withdrawn');
  }
  if (options.dryRun) return report;

  const load = options.load ?? bulkInsert;
  await dataSource.transaction(async (manager) => {
    await load(manager, SchoolEntity, schoolPlan.creates);
    await updateRows(manager, SchoolEntity, schoolPlan.updates, SCHOOL_FIELDS);
    await load(manager, StudentEntity, studentPlan.creates);
    await updateRows(manager, StudentEntity, studentPlan.updates, STUDENT_FIELDS);
  });
  report.progress('written', studentPlan.creates.length + studentPlan.updates.length, studentPlan.creates.length + studentPlan.updates.length);
  return report;
}

type Incoming<T> = { row: T; existing: T | undefined }[];

/** orgs.csv: the school rows, as schools keyed by sourcedId (the ones stored and the ones in the file). */
function planSchools(report: ImportReport, rows: CsvRow[], stored: SchoolEntity[]): { incoming: Incoming<SchoolEntity>; bySourcedId: Map<string, SchoolEntity> } {
  const file = 'orgs.csv';
  const bySourcedId = new Map(stored.filter((s) => s.sourcedId).map((s) => [s.sourcedId!, s]));
  const byDistrictId = new Map(stored.map((s) => [s.districtSchoolId, s]));
  const orgIds = new Set(rows.map((row) => row.values.sourcedId));
  const incoming: Incoming<SchoolEntity> = [];
  const seen = new Set<string>();
  const identifiers = new Set<string>();
  for (const row of rows) {
    if (!checkCommonColumns(report, file, row, seen)) continue;
    const v = row.values;
    const at = <T>(column: string, rule: () => T) => report.check(file, row.line, column, rule);
    at('type', () => oneOf('type', v.type, ORG_TYPES));
    if (v.parentSourcedId && !orgIds.has(v.parentSourcedId) && !bySourcedId.has(v.parentSourcedId)) {
      report.error({ file, line: row.line, column: 'parentSourcedId', message: `no org ${v.parentSourcedId} in orgs.csv or on record` });
    }
    if (v.type !== 'school') continue;
    if (v.status === 'tobedeleted') {
      report.error({ file, line: row.line, column: 'status', message: 'a school is closed by district staff, not removed by a roster' });
      continue;
    }
    const existing = bySourcedId.get(v.sourcedId) ?? byDistrictId.get(v.identifier);
    if (existing?.sourcedId && existing.sourcedId !== v.sourcedId) {
      report.error({ file, line: row.line, column: 'identifier', message: `school ${v.identifier} is already rostered as ${existing.sourcedId}` });
      continue;
    }
    if (identifiers.has(v.identifier)) report.error({ file, line: row.line, column: 'identifier', message: `${v.identifier} appears more than once in the file` });
    identifiers.add(v.identifier);
    // A new school needs what OneRoster does not carry (grades served, network, address): the metadata.* columns.
    const extension = (column: string, max: number): string | undefined =>
      at(`metadata.${column}`, () => (existing && !v[`metadata.${column}`] ? undefined : requiredText(`metadata.${column}`, v[`metadata.${column}`] ?? '', max)));
    const gradeLow = v['metadata.gradeLow'] ? at('metadata.gradeLow', () => oneRosterGrade('metadata.gradeLow', v['metadata.gradeLow'])) : existing?.gradeLow;
    const gradeHigh = v['metadata.gradeHigh'] ? at('metadata.gradeHigh', () => oneRosterGrade('metadata.gradeHigh', v['metadata.gradeHigh'])) : existing?.gradeHigh;
    if (gradeLow === undefined || gradeHigh === undefined || gradeLow > gradeHigh || gradeHigh > 12) {
      report.error({ file, line: row.line, column: 'metadata.gradeHigh', message: 'a school needs metadata.gradeLow and metadata.gradeHigh, low to high, up to 12' });
    }
    const school: SchoolEntity = Object.assign(new SchoolEntity(), existing, {
      id: existing?.id ?? randomUUID(),
      sourcedId: v.sourcedId,
      name: at('name', () => requiredText('name', v.name, 200)) ?? '',
      districtSchoolId: at('identifier', () => requiredText('identifier', v.identifier, 20)) ?? '',
      network: extension('network', 100) ?? existing?.network,
      kind: schoolKind(gradeLow ?? 0, gradeHigh ?? 0),
      gradeLow,
      gradeHigh,
      street: extension('street', 200) ?? existing?.street,
      city: extension('city', 100) ?? existing?.city,
      state: extension('state', 2) ?? existing?.state,
      postalCode: extension('postalCode', 10) ?? existing?.postalCode,
    });
    bySourcedId.set(v.sourcedId, school);
    incoming.push({ row: school, existing });
  }
  return { incoming, bySourcedId };
}

function schoolKind(gradeLow: number, gradeHigh: number): SchoolKind {
  if (gradeLow >= 9) return 'HIGH';
  return gradeLow >= 6 && gradeHigh <= 8 ? 'MIDDLE' : 'ELEMENTARY';
}

/** users.csv with roles.csv and demographics.csv: the students, checked against the schools. */
function planStudents(
  report: ImportReport,
  set: ReturnType<typeof readOneRosterSet>,
  schools: Map<string, SchoolEntity>,
  stored: StudentEntity[],
  asOf: string,
): Incoming<StudentEntity> {
  const bySourcedId = new Map(stored.filter((s) => s.sourcedId).map((s) => [s.sourcedId!, s]));
  const byDistrictId = new Map(stored.map((s) => [s.districtStudentId, s]));
  const users = set.get('users')?.rows ?? [];
  const userIds = new Set(users.map((row) => row.values.sourcedId));
  const studentIds = studentRoles(report, set.get('roles')?.rows ?? [], userIds, bySourcedId, schools);
  const demographics = demographicsByUser(report, set.get('demographics')?.rows ?? [], userIds, bySourcedId);
  const currentYear = schoolYearOf(asOf).startYear;
  const file = 'users.csv';
  const incoming: Incoming<StudentEntity> = [];
  const seen = new Set<string>();
  const identifiers = new Set<string>();
  users.forEach((row, index) => {
    if (index % PROGRESS_EVERY === 0) report.progress('validate users.csv', index, users.length);
    if (!checkCommonColumns(report, file, row, seen)) return;
    const v = row.values;
    const existing = bySourcedId.get(v.sourcedId) ?? byDistrictId.get(v.identifier);
    if (!studentIds.has(v.sourcedId) && !existing) return; // staff and guardians: not this subgraph's records
    if (v.status === 'tobedeleted') {
      if (!existing) report.error({ file, line: row.line, column: 'sourcedId', message: `no student ${v.sourcedId} on record to withdraw` });
      else incoming.push({ row: { ...existing, sourcedId: v.sourcedId, enrollmentStatus: 'WITHDRAWN' }, existing });
      return;
    }
    const at = <T>(column: string, rule: () => T) => report.check(file, row.line, column, rule);
    if (existing?.sourcedId && existing.sourcedId !== v.sourcedId) {
      report.error({ file, line: row.line, column: 'identifier', message: `student ${v.identifier} is already rostered as ${existing.sourcedId}` });
      return;
    }
    const districtStudentId = at('identifier', () => {
      if (!DISTRICT_STUDENT_ID.test(v.identifier)) throw new UserInputError('identifier', `must be 1 to 20 letters, digits or dashes, got "${v.identifier}"`);
      if (identifiers.has(v.identifier)) throw new UserInputError('identifier', `${v.identifier} appears more than once in the file`);
      return v.identifier;
    });
    identifiers.add(v.identifier);
    const gradeLevel = at('grades', () => integerInRange('grades', oneRosterGrade('grades', v.grades), MIN_GRADE, MAX_GRADE));
    const school = schools.get(v.primaryOrgSourcedId);
    if (!school) report.error({ file, line: row.line, column: 'primaryOrgSourcedId', message: `no school ${v.primaryOrgSourcedId} in orgs.csv or on record` });
    else if (gradeLevel !== undefined) at('grades', () => checkGradeServed(school, gradeLevel, 'grades'));
    const demographic = demographics.get(v.sourcedId);
    if (!demographic && !existing) {
      report.error({ file, line: row.line, column: 'sourcedId', message: 'a new student needs a demographics.csv row (birthDate, sex, race and ethnicity)' });
    }
    const student: StudentEntity = Object.assign(new StudentEntity(), existing, {
      id: existing?.id ?? randomUUID(),
      sourcedId: v.sourcedId,
      districtStudentId,
      legalFirstName: at('givenName', () => requiredText('givenName', v.givenName, 100)),
      legalLastName: at('familyName', () => requiredText('familyName', v.familyName, 100)),
      preferredName: at('preferredGivenName', () => optionalText('preferredGivenName', v.preferredGivenName, 100)) ?? null,
      gradeLevel,
      cohort: gradeLevel === undefined ? undefined : currentYear + 1 + (MAX_GRADE - gradeLevel),
      // A graduate's record is left as it is; a rostered student is enrolled (again, after a withdrawal).
      enrollmentStatus: existing?.enrollmentStatus === 'GRADUATED' ? 'GRADUATED' : 'ENROLLED',
      schoolId: school?.id,
      email: at('email', () => validEmail('email', v.email)),
      phone: at('phone', () => validPhone('phone', v.phone)),
      englishLearner: existing?.englishLearner ?? false,
      disabilityPlan: existing?.disabilityPlan ?? 'NONE',
      economicallyDisadvantaged: existing?.economicallyDisadvantaged ?? false,
      ...demographic,
    });
    incoming.push({ row: student, existing });
  });
  return incoming;
}

/** roles.csv: the sourcedIds of users with a student role (their school comes from users.csv). */
function studentRoles(report: ImportReport, rows: CsvRow[], userIds: Set<string>, stored: Map<string, StudentEntity>, schools: Map<string, SchoolEntity>): Set<string> {
  const file = 'roles.csv';
  const students = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!checkCommonColumns(report, file, row, seen)) continue;
    const v = row.values;
    report.check(file, row.line, 'role', () => oneOf('role', v.role, ROLES));
    report.check(file, row.line, 'roleType', () => oneOf('roleType', v.roleType, ['primary', 'secondary']));
    if (!userIds.has(v.userSourcedId) && !stored.has(v.userSourcedId)) {
      report.error({ file, line: row.line, column: 'userSourcedId', message: `no user ${v.userSourcedId} in users.csv or on record` });
    }
    if (v.role === 'student' && !schools.has(v.orgSourcedId)) {
      report.error({ file, line: row.line, column: 'orgSourcedId', message: `no school ${v.orgSourcedId} in orgs.csv or on record` });
    }
    if (v.role === 'student' && v.status === 'active') students.add(v.userSourcedId);
  }
  return students;
}

type Demographic = Pick<StudentEntity, 'dateOfBirth' | 'gender' | 'raceEthnicity'> &
  Partial<Pick<StudentEntity, 'englishLearner' | 'disabilityPlan' | 'economicallyDisadvantaged'>>;

/**
 * demographics.csv, the sensitive attributes, by user sourcedId. The program-eligibility flags
 * OneRoster does not carry come from metadata.* columns; a new student without them has none.
 */
function demographicsByUser(report: ImportReport, rows: CsvRow[], userIds: Set<string>, stored: Map<string, StudentEntity>): Map<string, Demographic> {
  const file = 'demographics.csv';
  const byUser = new Map<string, Demographic>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!checkCommonColumns(report, file, row, seen) || row.values.status === 'tobedeleted') continue;
    const v = row.values;
    const at = <T>(column: string, rule: () => T) => report.check(file, row.line, column, rule);
    if (!userIds.has(v.sourcedId) && !stored.has(v.sourcedId)) {
      report.error({ file, line: row.line, column: 'sourcedId', message: `no user ${v.sourcedId} in users.csv or on record` });
      continue;
    }
    const flags = RACE_FLAGS.map(([column, race]) => [at(column, () => oneRosterBoolean(column, v[column] || 'false')), race] as const);
    const hispanic = at('hispanicOrLatinoEthnicity', () => oneRosterBoolean('hispanicOrLatinoEthnicity', v.hispanicOrLatinoEthnicity || 'false'));
    const twoOrMore = at('demographicRaceTwoOrMoreRaces', () => oneRosterBoolean('demographicRaceTwoOrMoreRaces', v.demographicRaceTwoOrMoreRaces || 'false'));
    const races = flags.filter(([set]) => set).map(([, race]) => race);
    // Federal reporting: Hispanic or Latino of any race first, then two or more races.
    const raceEthnicity: RaceEthnicity | undefined = hispanic ? 'HISPANIC_OR_LATINO' : twoOrMore || races.length > 1 ? 'TWO_OR_MORE_RACES' : races[0];
    if (!raceEthnicity) report.error({ file, line: row.line, column: 'hispanicOrLatinoEthnicity', message: 'no race or ethnicity flag is true' });
    const demographic: Demographic = {
      dateOfBirth: at('birthDate', () => validDateOfBirth('birthDate', calendarDate('birthDate', v.birthDate)))!,
      gender: SEX_TO_GENDER[at('sex', () => oneOf('sex', v.sex, Object.keys(SEX_TO_GENDER))) ?? 'unspecified'],
      raceEthnicity: raceEthnicity!,
    };
    if (v['metadata.englishLearner']) demographic.englishLearner = at('metadata.englishLearner', () => oneRosterBoolean('metadata.englishLearner', v['metadata.englishLearner']));
    if (v['metadata.economicallyDisadvantaged']) {
      demographic.economicallyDisadvantaged = at('metadata.economicallyDisadvantaged', () => oneRosterBoolean('metadata.economicallyDisadvantaged', v['metadata.economicallyDisadvantaged']));
    }
    if (v['metadata.disabilityPlan']) demographic.disabilityPlan = at('metadata.disabilityPlan', () => oneOf('metadata.disabilityPlan', v['metadata.disabilityPlan'], DISABILITY_PLANS));
    byUser.set(v.sourcedId, demographic);
  }
  return byUser;
}
