import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Graduates keep their records (the school years they were enrolled count in Perkins, cohort and
 * work-based learning reporting for years after), so a student is ENROLLED or GRADUATED; rosters
 * list the enrolled unless asked, hence the status in the roster index.
 */
export class StudentEnrollmentStatus1766300000000 implements MigrationInterface {
  name = 'StudentEnrollmentStatus1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE students.students ADD COLUMN enrollment_status text NOT NULL DEFAULT 'ENROLLED'
        CONSTRAINT "CHK_students_enrollment_status" CHECK (enrollment_status IN ('ENROLLED', 'GRADUATED'))`);
    await db.query(`DROP INDEX students."IDX_students_school_name_order"`);
    await db.query(
      `CREATE INDEX "IDX_students_school_status_name_order" ON students.students (school_id, enrollment_status, legal_last_name, legal_first_name, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX students."IDX_students_school_status_name_order"`);
    await db.query(`CREATE INDEX "IDX_students_school_name_order" ON students.students (school_id, legal_last_name, legal_first_name, id)`);
    await db.query(`ALTER TABLE students.students DROP COLUMN enrollment_status`);
  }
}
