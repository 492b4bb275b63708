import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail notifications: each person's kinds turned off (a missing row is on), the log of mails sent
 * (a unique key per mail, e.g. per event, makes a re-read event never mail twice) and how far the event mails read
 * the inbox.
 */
export class CreateNotifications1769200000000 implements MigrationInterface {
  name = 'CreateNotifications1769200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE integrations.notification_preferences (
        person text NOT NULL,
        kind text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person, kind)
      )`);
    await db.query(`
      CREATE TABLE integrations.sent_mails (
        id uuid PRIMARY KEY,
        person text NOT NULL,
        kind text NOT NULL,
        recipient text NOT NULL,
        dedupe_key text NOT NULL CONSTRAINT "UQ_sent_mails_dedupe_key" UNIQUE,
        event_ids text[] NOT NULL,
        sent_at timestamptz NOT NULL
      )`);
    // The digest's "not again within a day": this person's recent mails of a kind.
    await db.query(`CREATE INDEX "IDX_sent_mails_person_kind_sent_at" ON integrations.sent_mails (person, kind, sent_at)`);
    await db.query(`
      CREATE TABLE integrations.notification_cursors (
        name text PRIMARY KEY,
        last_sequence bigint NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE integrations.notification_cursors`);
    await db.query(`DROP TABLE integrations.sent_mails`);
    await db.query(`DROP TABLE integrations.notification_preferences`);
  }
}
