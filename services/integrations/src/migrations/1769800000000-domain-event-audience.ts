import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which events only the one-time-link mailer may read (INTERNAL: a guardian's address, a request
 * for a fresh link): the webhooks and the inbox listing take PUBLIC ones only.
 */
export class DomainEventAudience1769800000000 implements MigrationInterface {
  name = 'DomainEventAudience1769800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE integrations.domain_events
        ADD COLUMN audience text NOT NULL DEFAULT 'PUBLIC' CONSTRAINT "CHK_domain_events_audience" CHECK (audience IN ('PUBLIC', 'INTERNAL'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE integrations.domain_events DROP COLUMN audience`);
  }
}
