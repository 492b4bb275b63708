import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OneRoster rostering: schools and students carry the student information system's `sourcedId`,
 * the key a second import of the same file set matches on; a student the roster marks tobedeleted
 * is WITHDRAWN, never deleted (their records count in reporting).
 */
export class RosterSourcedIds1768100000000 implements MigrationInterface {
  name = 'RosterSourcedIds1768100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE students.schools ADD COLUMN sourced_id text CONSTRAINT "UQ_schools_sourced_id" UNIQUE`);
    await db.query(`ALTER TABLE students.students ADD COLUMN sourced_id text CONSTRAINT "UQ_students_sourced_id" UNIQUE`);
    await db.query(`ALTER TABLE students.students DROP CONSTRAINT "CHK_students_enrollment_status"`);
    await db.query(`
      ALTER TABLE students.students ADD CONSTRAINT "CHK_students_enrollment_status"
        CHECK (enrollment_status IN ('ENROLLED', 'GRADUATED', 'WITHDRAWN'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE students.students DROP CONSTRAINT "CHK_students_enrollment_status"`);
    await db.query(`
      ALTER TABLE students.students ADD CONSTRAINT "CHK_students_enrollment_status"
        CHECK (enrollment_status IN ('ENROLLED', 'GRADUATED'))`);
    await db.query(`ALTER TABLE students.students DROP COLUMN sourced_id`);
    await db.query(`ALTER TABLE students.schools DROP COLUMN sourced_id`);
  }
}
