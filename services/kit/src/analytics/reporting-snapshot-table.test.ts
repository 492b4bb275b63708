import { getMetadataArgsStorage } from 'typeorm';
import { reportingSnapshotTableSql, StudentReportingSnapshotColumns, YearlyStudentReportingSnapshotColumns } from './reporting-snapshot-table';

/** `name type` of each column a CREATE TABLE statement lists. */
const tableColumns = (create: string) =>
  create
    .split('\n')
    .slice(1, -1)
    .map((line) => line.trim().split(' ').slice(0, 2).join(' ').replace(/,$/, ''));

const entityColumns = (...classes: Function[]) =>
  getMetadataArgsStorage()
    .filterColumns(classes)
    .map(({ propertyName, options }) => `${options.name ?? propertyName} ${options.type as string}${options.array ? '[]' : ''}`);

describe('reportingSnapshotTableSql', () => {
  // Entities and migrations are written apart; this keeps the two declarations of the columns one.
  it('creates a column of each entity column, in its type, besides the key and taken_at', () => {
    const spec = { schema: 'events', table: 'event_reporting_snapshots', key: 'event_id', references: 'events' };
    const plain = tableColumns(reportingSnapshotTableSql(spec).up[0]);
    const yearly = tableColumns(reportingSnapshotTableSql({ ...spec, schoolYear: true }).up[0]);
    const besides = ['event_id uuid', 'taken_at timestamptz'];
    expect(plain.sort()).toEqual([...besides, ...entityColumns(StudentReportingSnapshotColumns)].sort());
    expect(yearly.sort()).toEqual([...besides, ...entityColumns(StudentReportingSnapshotColumns, YearlyStudentReportingSnapshotColumns)].sort());
  });

  it('indexes the school year of a yearly table, bounds the grade and adds the event columns when asked', () => {
    const { up, down } = reportingSnapshotTableSql({
      schema: 'events',
      table: 'event_reporting_snapshots',
      key: 'event_id',
      references: 'events',
      schoolYear: true,
      gradeCheck: true,
      eventColumns: ['industry'],
    });
    expect(up[0]).toContain('grade_level smallint NOT NULL CONSTRAINT "CHK_event_reporting_snapshots_grade" CHECK (grade_level BETWEEN 6 AND 12)');
    expect(up[0]).toContain('industry text NOT NULL');
    expect(up[1]).toBe('CREATE INDEX "IDX_event_reporting_snapshots_year" ON "events".event_reporting_snapshots (school_year)');
    expect(down).toEqual(['DROP TABLE IF EXISTS "events".event_reporting_snapshots']);
  });
});
