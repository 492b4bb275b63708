import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A student's contact details and the directory-information categories the family opted out of. */
export class StudentContactAndDirectoryOptOuts1765000000000 implements MigrationInterface {
  name = 'StudentContactAndDirectoryOptOuts1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE students.students ADD COLUMN email text, ADD COLUMN phone text`);
    await db.query(`
      ALTER TABLE students.students
        ADD COLUMN directory_opt_outs text[] NOT NULL DEFAULT '{}'
        CONSTRAINT "CHK_students_directory_opt_outs"
        CHECK (directory_opt_outs <@ ARRAY['NAME', 'GRADE_LEVEL', 'SCHOOL', 'CONTACT']::text[])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE students.students DROP COLUMN directory_opt_outs, DROP COLUMN phone, DROP COLUMN email`);
  }
}
