import { copyLoader, ImportRefusedError, type ImportReport, today } from '@careergraph/kit';
import { openTestDataSource, type TestDataSource } from '@careergraph/kit/testing';
import {
  generateStudentsWorld,
  oneRosterBulkSet,
  oneRosterDeltaSet,
  oneRosterMalformedSet,
  oneRosterMissingColumnSet,
  studentSourcedId,
} from '@careergraph/demo-data';
import { importOneRoster } from '../src/import/oneroster-import';
import { studentsSubgraph } from '../src/server';

let db: TestDataSource;
const world = generateStudentsWorld({ students: 400, asOf: today() });
const enrolled = world.students.filter((student) => student.enrollmentStatus === 'ENROLLED');
const bulk = oneRosterBulkSet(world);

beforeAll(async () => {
  db = await openTestDataSource(studentsSubgraph.schema);
}, 300_000);

afterAll(() => db.close(), 60_000);

const run = (files: Map<string, string>, dryRun = false) =>
  importOneRoster(db.dataSource, files, { dryRun, load: db.database.real ? copyLoader() : undefined });

async function refusal(files: Map<string, string>): Promise<ImportReport> {
  const error = await run(files).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return (error as ImportRefusedError).report;
}

async function tableState(): Promise<unknown[]> {
  return db.dataSource.query(
    `SELECT sourced_id, district_student_id, legal_last_name, enrollment_status, grade_level, school_id, updated_at FROM students.students ORDER BY sourced_id`,
  );
}

it('shows in a dry run what a clean bulk set would create, and writes nothing', async () => {
  const report = await run(bulk, true);
  expect(report.changes.schools).toEqual({ created: world.schools.length, updated: 0, unchanged: 0, withdrawn: 0 });
  expect(report.changes.students).toEqual({ created: enrolled.length, updated: 0, unchanged: 0, withdrawn: 0 });
  expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM students.students`)).toEqual([{ n: 0 }]);
});

it('loads a clean bulk set as the SIS has it', async () => {
  const report = await run(bulk);
  expect(report.changes.students.created).toBe(enrolled.length);
  const rows: Record<string, unknown>[] = await db.dataSource.query(
    `SELECT s.sourced_id, s.district_student_id, s.legal_first_name, s.legal_last_name, s.preferred_name, to_char(s.date_of_birth, 'YYYY-MM-DD') AS dob,
            s.grade_level, s.cohort, s.gender, s.race_ethnicity, s.english_learner, s.disability_plan, s.economically_disadvantaged,
            s.email, s.phone, s.enrollment_status, sc.district_school_id
       FROM students.students s JOIN students.schools sc ON sc.id = s.school_id`,
  );
  const stored = new Map(rows.map((row) => [row.sourced_id, row]));
  expect(stored.size).toBe(enrolled.length);
  const schools = new Map(world.schools.map((school) => [school.id, school.districtSchoolId]));
  for (const student of enrolled) {
    expect(stored.get(studentSourcedId(student.districtStudentId))).toEqual({
      sourced_id: studentSourcedId(student.districtStudentId),
      district_student_id: student.districtStudentId,
      legal_first_name: student.legalFirstName,
      legal_last_name: student.legalLastName,
      preferred_name: student.preferredName,
      dob: student.dateOfBirth,
      grade_level: student.gradeLevel,
      cohort: student.cohort,
      gender: student.gender,
      race_ethnicity: student.raceEthnicity,
      english_learner: student.englishLearner,
      disability_plan: student.disabilityPlan,
      economically_disadvantaged: student.economicallyDisadvantaged,
      email: student.email,
      phone: student.phone,
      enrollment_status: 'ENROLLED',
      district_school_id: schools.get(student.schoolId),
    });
  }
});

it('changes nothing on a second run of the same set', async () => {
  const before = await tableState();
  const report = await run(bulk);
  expect(report.changes.schools).toEqual({ created: 0, updated: 0, unchanged: world.schools.length, withdrawn: 0 });
  expect(report.changes.students).toEqual({ created: 0, updated: 0, unchanged: enrolled.length, withdrawn: 0 });
  expect(await tableState()).toEqual(before);
});

it('applies a delta: tobedeleted withdraws the student (the record stays), a changed row is updated', async () => {
  const report = await run(oneRosterDeltaSet(bulk));
  expect(report.changes.students).toEqual({ created: 0, updated: 2, unchanged: 0, withdrawn: 1 });
  const [leaver, renamed] = enrolled;
  const rows: { district_student_id: string; enrollment_status: string; legal_last_name: string }[] = await db.dataSource.query(
    `SELECT district_student_id, enrollment_status, legal_last_name FROM students.students WHERE district_student_id = ANY($1) ORDER BY district_student_id`,
    [[leaver.districtStudentId, renamed.districtStudentId]],
  );
  expect(rows).toEqual(
    expect.arrayContaining([
      { district_student_id: leaver.districtStudentId, enrollment_status: 'WITHDRAWN', legal_last_name: leaver.legalLastName },
      { district_student_id: renamed.districtStudentId, enrollment_status: 'ENROLLED', legal_last_name: 'Renamed' },
    ]),
  );
  expect((await run(oneRosterDeltaSet(bulk))).changes.students).toEqual({ created: 0, updated: 0, unchanged: 2, withdrawn: 0 });
});

it('refuses a malformed set whole, reporting every bad row by file, line and column', async () => {
  const before = await tableState();
  const { files, expected } = oneRosterMalformedSet(bulk);
  const report = await refusal(files);
  for (const bad of expected) {
    expect({ kind: bad.kind, found: report.errors.some((e) => e.file === bad.file && e.line === bad.line && e.column === bad.column) }).toEqual({ kind: bad.kind, found: true });
  }
  // Only the bad rows are reported: the clean ones around them pass.
  const badLines = new Set(expected.map((bad) => `${bad.file}:${bad.line}`));
  expect(report.errors.filter((e) => !badLines.has(`${e.file}:${e.line}`))).toEqual([]);
  expect(await tableState()).toEqual(before);
});

it('refuses a set whose file lacks a required column, naming the column', async () => {
  const report = await refusal(oneRosterMissingColumnSet(bulk));
  expect(report.errors).toEqual([{ file: 'users.csv', line: 1, column: 'grades', message: 'the required column grades is missing from the header' }]);
});
