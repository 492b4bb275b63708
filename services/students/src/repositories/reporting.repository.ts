import type { DataSource } from 'typeorm';
import { SchoolEntity } from '../entities/school.entity';
import type { SchoolKind } from '../generated/graphql';

/** Aggregate statements and their inputs (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);

  /**
   * Every student enrolled in a program in each year, with the most courses completed in a single
   * program up to that year (Perkins: a participant from one course, a concentrator from two), one
   * statement. The Perkins facts take these rows as parameters rather than count them again.
   */
  async coursesToDate(years: readonly string[]): Promise<CoursesToDateRow[]> {
    const rows: { school_year: string; student_id: string; most_courses: number }[] = await this.dataSource.query(
      `SELECT e.school_year, e.student_id, max(
          (SELECT count(*) FROM students.course_completions cc
             JOIN students.program_enrollments e2 ON e2.id = cc.enrollment_id
            WHERE e2.student_id = e.student_id AND e2.program_id = e.program_id AND e2.school_year <= e.school_year))::int AS most_courses
         FROM students.program_enrollments e
        WHERE e.school_year = ANY($1::text[])
        GROUP BY e.school_year, e.student_id`,
      [[...years]],
    );
    return rows.map((r) => ({ schoolYear: r.school_year, studentId: r.student_id, mostCourses: Number(r.most_courses) }));
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

export interface CoursesToDateRow {
  schoolYear: string;
  studentId: string;
  mostCourses: number;
}
