import type { DataSource } from 'typeorm';
import { SchoolEntity } from '../entities/school.entity';
import type { SchoolKind } from '../generated/graphql';

/**
 * Courses each student completed in each program up to each school year (Perkins: participant
 * from one course, concentrator from two in a single program), one row per enrollment.
 */
export const COURSES_TO_DATE_SQL = (yearsParam: string) => `
  SELECT e.school_year, e.student_id, e.program_id,
    (SELECT count(*) FROM students.course_completions cc
       JOIN students.program_enrollments e2 ON e2.id = cc.enrollment_id
      WHERE e2.student_id = e.student_id AND e2.program_id = e.program_id AND e2.school_year <= e.school_year) AS courses
  FROM students.program_enrollments e
  WHERE e.school_year = ANY(${yearsParam}::text[])`;

/** Aggregate statements and their inputs (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);

  /** Perkins concentrators of each year (the denominator of 5S1–5S3), one statement. */
  async concentrators(years: readonly string[]): Promise<{ schoolYear: string; studentId: string }[]> {
    const rows: { school_year: string; student_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.school_year, c.student_id FROM (${COURSES_TO_DATE_SQL('$1')}) c WHERE c.courses >= 2`,
      [[...years]],
    );
    return rows.map((r) => ({ schoolYear: r.school_year, studentId: r.student_id }));
  }

  /** The graduating class of each year (cohort = the year's end year), one statement. */
  async cohorts(years: readonly string[]): Promise<{ schoolYear: string; studentId: string }[]> {
    const rows: { school_year: string; student_id: string }[] = await this.dataSource.query(
      `SELECT y.school_year, st.id AS student_id FROM unnest($1::text[]) AS y(school_year)
         JOIN students.students st ON st.cohort = substr(y.school_year, 6, 4)::int`,
      [[...years]],
    );
    return rows.map((r) => ({ schoolYear: r.school_year, studentId: r.student_id }));
  }

  /** Students in grades 9–12 in each year (from the cohort), with that year's grade, one statement. */
  async highSchoolStudents(years: readonly string[]): Promise<{ schoolYear: string; studentId: string; gradeLevel: number }[]> {
    const rows: { school_year: string; student_id: string; grade_level: number }[] = await this.dataSource.query(
      `SELECT y.school_year, st.id AS student_id, 12 - (st.cohort - substr(y.school_year, 6, 4)::int) AS grade_level
         FROM unnest($1::text[]) AS y(school_year)
         JOIN students.students st ON st.cohort BETWEEN substr(y.school_year, 6, 4)::int AND substr(y.school_year, 6, 4)::int + 3`,
      [[...years]],
    );
    return rows.map((r) => ({ schoolYear: r.school_year, studentId: r.student_id, gradeLevel: Number(r.grade_level) }));
  }

  /** The first school year with a program enrollment; null when there is none. */
  async earliestEnrollmentYear(): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT min(school_year) AS year FROM students.program_enrollments`);
    return row?.year ?? null;
  }

  /** Schools serving any of grades 9–12, by name (per-school tables). */
  highSchools(): Promise<SchoolEntity[]> {
    return this.byName().where('s.grade_high >= 9 AND s.grade_low <= 12').getMany();
  }

  /** Every school of the given kinds, by name (per-school tables that add up to the district). */
  schoolsOfKinds(kinds: readonly SchoolKind[]): Promise<SchoolEntity[]> {
    if (kinds.length === 0) return Promise.resolve([]);
    return this.byName().where('s.kind IN (:...kinds)', { kinds }).getMany();
  }

  private byName() {
    return this.dataSource.getRepository(SchoolEntity).createQueryBuilder('s').orderBy('s.name').addOrderBy('s.id');
  }
}
