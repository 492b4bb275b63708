import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Students apply themselves (applyToOpportunity): an application has no supervisor until the partner
 * offers it one, and carries the student's statement and availability. Every status past an offer
 * still needs a supervisor; an application declined or withdrawn before one never gets one.
 */
export class StudentApplications1769500000000 implements MigrationInterface {
  name = 'StudentApplications1769500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE placements.placements ALTER COLUMN supervisor_id DROP NOT NULL`);
    await db.query(`
      ALTER TABLE placements.placements
        ADD CONSTRAINT "CK_placements_supervisor_from_offer"
        CHECK (supervisor_id IS NOT NULL OR status IN ('APPLIED', 'DECLINED', 'WITHDRAWN'))`);
    await db.query(`
      ALTER TABLE placements.placements
        ADD COLUMN application_statement text CHECK (char_length(application_statement) <= 1000),
        ADD COLUMN availability jsonb,
        ADD COLUMN application_key text`);
    await db.query(`
      CREATE UNIQUE INDEX "UQ_placements_student_application_key" ON placements.placements (student_id, application_key)
      WHERE application_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."UQ_placements_student_application_key"`);
    await db.query(`ALTER TABLE placements.placements DROP COLUMN application_key, DROP COLUMN availability, DROP COLUMN application_statement`);
    await db.query(`ALTER TABLE placements.placements DROP CONSTRAINT "CK_placements_supervisor_from_offer"`);
    await db.query(`ALTER TABLE placements.placements ALTER COLUMN supervisor_id SET NOT NULL`);
  }
}
