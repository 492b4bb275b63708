import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Perkins and cohort metrics (analytics) read the enrollments of some school years. */
export class IndexEnrollmentsSchoolYear1766200000000 implements MigrationInterface {
  name = 'IndexEnrollmentsSchoolYear1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX "IDX_program_enrollments_school_year" ON students.program_enrollments (school_year, student_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS students."IDX_program_enrollments_school_year"`);
  }
}
