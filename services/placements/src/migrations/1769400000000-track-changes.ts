import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRACKED = ['placements', 'time_entries', 'evaluations'];

/**
 * `updated_at` on every row a partner system syncs (placements had it; time entries and evaluations
 * get it, backfilled with their last recorded change), kept by a trigger so no write path (service,
 * seed, import, raw SQL) can forget it and an UPDATE that changes nothing does not move the row in the
 * change feed (one that changes something is stamped with the clock, whatever updated_at it set). Millisecond precision: change-feed cursors carry JavaScript dates, so a cursor then
 * names its row exactly and the plain (updated_at, id) index serves the feed's keyset order.
 */
export class TrackChanges1769400000000 implements MigrationInterface {
  name = 'TrackChanges1769400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE placements.time_entries ADD COLUMN updated_at timestamptz(3)`);
    await db.query(`UPDATE placements.time_entries SET updated_at = greatest(submitted_at, decided_at)`);
    await db.query(`ALTER TABLE placements.evaluations ADD COLUMN updated_at timestamptz(3)`);
    await db.query(`UPDATE placements.evaluations SET updated_at = evaluated_at`);
    await db.query(`ALTER TABLE placements.placements ALTER COLUMN updated_at TYPE timestamptz(3)`);
    // clock_timestamp(), not now(): the time of the write rather than of the transaction's start, so a
    // change is stamped as close as possible to its commit (see docs/integration.md, "Syncing changes").
    await db.query(`
      CREATE FUNCTION placements.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW IS DISTINCT FROM OLD THEN NEW.updated_at := clock_timestamp(); END IF;
        RETURN NEW;
      END $$`);
    // A partner syncs evaluations with their placement (Placement.evaluations(changedSince)), so
    // recording one moves the placement in the feed too.
    await db.query(`
      CREATE FUNCTION placements.touch_evaluated_placement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE placements.placements SET updated_at = clock_timestamp() WHERE id = NEW.placement_id;
        RETURN NULL;
      END $$`);
    for (const table of TRACKED) {
      await db.query(`ALTER TABLE placements.${table} ALTER COLUMN updated_at SET DEFAULT clock_timestamp(), ALTER COLUMN updated_at SET NOT NULL`);
      await db.query(`CREATE TRIGGER touch_updated_at BEFORE UPDATE ON placements.${table} FOR EACH ROW EXECUTE FUNCTION placements.touch_updated_at()`);
    }
    await db.query(
      `CREATE TRIGGER touch_evaluated_placement AFTER INSERT OR UPDATE ON placements.evaluations FOR EACH ROW EXECUTE FUNCTION placements.touch_evaluated_placement()`,
    );
    await db.query(`CREATE INDEX "IDX_placements_updated_at_id" ON placements.placements (updated_at, id)`);
    // A partner system syncs its own placements: the feed of one partner without reading everyone's.
    await db.query(`CREATE INDEX "IDX_placements_partner_updated_at_id" ON placements.placements (partner_id, updated_at, id)`);
    await db.query(`CREATE INDEX "IDX_time_entries_updated_at_id" ON placements.time_entries (updated_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."IDX_time_entries_updated_at_id"`);
    await db.query(`DROP INDEX placements."IDX_placements_partner_updated_at_id"`);
    await db.query(`DROP INDEX placements."IDX_placements_updated_at_id"`);
    await db.query(`DROP TRIGGER touch_evaluated_placement ON placements.evaluations`);
    await db.query(`DROP FUNCTION placements.touch_evaluated_placement()`);
    for (const table of TRACKED) await db.query(`DROP TRIGGER touch_updated_at ON placements.${table}`);
    await db.query(`DROP FUNCTION placements.touch_updated_at()`);
    await db.query(`ALTER TABLE placements.placements ALTER COLUMN updated_at TYPE timestamptz, ALTER COLUMN updated_at SET DEFAULT now()`);
    await db.query(`ALTER TABLE placements.evaluations DROP COLUMN updated_at`);
    await db.query(`ALTER TABLE placements.time_entries DROP COLUMN updated_at`);
  }
}
