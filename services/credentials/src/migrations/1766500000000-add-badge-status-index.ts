import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each award's bit in the Open Badges revocation status lists: a sequence number the database
 * assigns on insert (existing awards get theirs here), unique and never reused, so a revoked
 * award's bit cannot be handed to another. The status lists are read from these rows, so revoking
 * an award (verification_status) is what sets its bit: there is no second copy to keep in step.
 */
export class AddBadgeStatusIndex1766500000000 implements MigrationInterface {
  name = 'AddBadgeStatusIndex1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE credentials.badge_status_index_seq AS integer MINVALUE 0 START 0`);
    await db.query(`
      ALTER TABLE credentials.credential_awards
        ADD COLUMN badge_status_index integer NOT NULL DEFAULT nextval('credentials.badge_status_index_seq')`);
    await db.query(`ALTER SEQUENCE credentials.badge_status_index_seq OWNED BY credentials.credential_awards.badge_status_index`);
    await db.query(
      `CREATE UNIQUE INDEX "UQ_credential_awards_badge_status_index" ON credentials.credential_awards (badge_status_index)`,
    );
    // The status list reads the revoked awards of one index range.
    await db.query(`
      CREATE INDEX "IDX_credential_awards_revoked_badge_status_index" ON credentials.credential_awards (badge_status_index)
        WHERE verification_status = 'REVOKED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE credentials.credential_awards DROP COLUMN badge_status_index`);
  }
}
