import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each award's department, fixed when it is recorded, so DEPARTMENT_STAFF lists are narrowed in
 * SQL. Backfill: college courses are the Chicago Roadmap's (early college credit), the same rule
 * the service applies. Other existing awards stay null: which program they count for needs the
 * students subgraph's enrollments, which a migration cannot read; district admins and school
 * staff still see them.
 */
export class AddCredentialAwardsDepartment1765200000001 implements MigrationInterface {
  name = 'AddCredentialAwardsDepartment1765200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE credentials.credential_awards ADD COLUMN department text
        CONSTRAINT "CHK_credential_awards_department" CHECK (department IN ('CTE', 'ROADMAP', 'TRADES'))`);
    await db.query(`
      UPDATE credentials.credential_awards a SET department = 'ROADMAP'
        FROM credentials.credentials c
       WHERE c.id = a.credential_id AND c.type IN ('DUAL_CREDIT_COURSE', 'DUAL_ENROLLMENT_COURSE')`);
    await db.query(
      `CREATE INDEX "IDX_credential_awards_department_earned_on_id" ON credentials.credential_awards (department, earned_on, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX credentials."IDX_credential_awards_department_earned_on_id"`);
    await db.query(`ALTER TABLE credentials.credential_awards DROP COLUMN department`);
  }
}
