import { appendOnlySql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record of disclosures (34 CFR 99.32), kept with the student's record: append-only, so an entry
 * once written stays as written.
 */
export class CreateDisclosures1765000100000 implements MigrationInterface {
  name = 'CreateDisclosures1765000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE students.disclosures (
        id uuid PRIMARY KEY,
        disclosed_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        student_id uuid NOT NULL REFERENCES students.students (id),
        recipient_subject text NOT NULL,
        recipient_role text NOT NULL,
        partner_id uuid,
        operation_name text,
        fields text[] NOT NULL,
        placement_id uuid,
        allowed boolean NOT NULL,
        refusal_rules text[] NOT NULL DEFAULT '{}'
      )`);
    // Student.disclosures pages in the order they happened.
    await db.query(`CREATE INDEX "IDX_disclosures_student_order" ON students.disclosures (student_id, disclosed_at, id)`);
    for (const statement of appendOnlySql('students', 'disclosures').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of appendOnlySql('students', 'disclosures').down) await db.query(statement);
    await db.query(`DROP TABLE students.disclosures`);
  }
}
