import { Column } from 'typeorm';

/**
 * The columns of a StudentReportingSnapshot, declared once: each event's snapshot entity extends
 * this (or YearlyStudentReportingSnapshotColumns) with its key column and table name, and its
 * migration creates the table with `reportingSnapshotTableSql`.
 */
export abstract class StudentReportingSnapshotColumns {
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'grade_level', type: 'smallint' })
  gradeLevel: number;

  @Column({ name: 'economically_disadvantaged', type: 'boolean' })
  economicallyDisadvantaged: boolean;

  @Column({ name: 'race_ethnicity', type: 'text' })
  raceEthnicity: string;

  @Column({ type: 'text' })
  gender: string;

  @Column({ name: 'english_learner', type: 'boolean' })
  englishLearner: boolean;

  @Column({ name: 'disability_plan', type: 'text' })
  disabilityPlan: string;

  /** The student's program enrollments in the event's school year (for the program filters). */
  @Column({ name: 'program_ids', type: 'uuid', array: true })
  programIds: string[];

  @Column({ type: 'text', array: true })
  departments: string[];

  @Column({ name: 'career_clusters', type: 'text', array: true })
  careerClusters: string[];
}

/**
 * A snapshot of an event whose own row has no school year (an award's date, a determination's
 * as-of): it keeps the year the event counts in (`schoolYear: true` in its table's SQL).
 */
export abstract class YearlyStudentReportingSnapshotColumns extends StudentReportingSnapshotColumns {
  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;
}

export interface ReportingSnapshotTable {
  schema: string;
  table: string;
  /** The event's id column, the primary key; the row goes with the event (ON DELETE CASCADE). */
  key: string;
  /** The event's table, in the same schema. */
  references: string;
  /** Keeps the event's school year, indexed (`IDX_<table>_year`): YearlyStudentReportingSnapshotColumns. */
  schoolYear?: boolean;
  /** Bounds grade_level to 6–12 (`CHK_<table>_grade`); the credentials tables were created without it. */
  gradeCheck?: boolean;
  /** The event's own reporting attributes (text NOT NULL), after the student's. */
  eventColumns?: string[];
}

/** SQL creating (and dropping) one event's reporting-snapshot table, for its service's migration. */
export function reportingSnapshotTableSql(spec: ReportingSnapshotTable): { up: string[]; down: string[] } {
  const table = `"${spec.schema}".${spec.table}`;
  const gradeCheck = spec.gradeCheck ? ` CONSTRAINT "CHK_${spec.table}_grade" CHECK (grade_level BETWEEN 6 AND 12)` : '';
  const columns = [
    `${spec.key} uuid PRIMARY KEY REFERENCES "${spec.schema}".${spec.references} (id) ON DELETE CASCADE`,
    'school_id uuid NOT NULL',
    ...(spec.schoolYear ? ['school_year text NOT NULL'] : []),
    `grade_level smallint NOT NULL${gradeCheck}`,
    'economically_disadvantaged boolean NOT NULL',
    'race_ethnicity text NOT NULL',
    'gender text NOT NULL',
    'english_learner boolean NOT NULL',
    'disability_plan text NOT NULL',
    'program_ids uuid[] NOT NULL',
    'departments text[] NOT NULL',
    'career_clusters text[] NOT NULL',
    ...(spec.eventColumns ?? []).map((column) => `${column} text NOT NULL`),
    'taken_at timestamptz NOT NULL DEFAULT now()',
  ];
  return {
    up: [
      `CREATE TABLE ${table} (\n  ${columns.join(',\n  ')}\n)`,
      ...(spec.schoolYear ? [`CREATE INDEX "IDX_${spec.table}_year" ON ${table} (school_year)`] : []),
    ],
    down: [`DROP TABLE IF EXISTS ${table}`],
  };
}
