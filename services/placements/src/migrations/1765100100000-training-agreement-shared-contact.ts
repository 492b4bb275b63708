import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which student contact details the signed training agreement shares with the host partner; none until recorded. */
export class TrainingAgreementSharedContact1765100100000 implements MigrationInterface {
  name = 'TrainingAgreementSharedContact1765100100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE placements.placements
        ADD COLUMN shared_student_contact text[] NOT NULL DEFAULT '{}'
        CONSTRAINT "CHK_placements_shared_student_contact" CHECK (shared_student_contact <@ ARRAY['EMAIL', 'PHONE']::text[])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE placements.placements DROP COLUMN shared_student_contact`);
  }
}
