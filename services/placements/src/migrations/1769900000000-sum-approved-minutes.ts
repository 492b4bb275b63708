import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each placement's approved minutes, kept beside its time entries so a school year's
 * work-based-learning metrics read one row per placement instead of summing a year of time
 * entries (about 750,000 at district scale, two thirds of that statement's cost).
 *
 * A trigger keeps the sum, like `updated_at`: no write path (service, seed COPY, import, raw SQL)
 * can forget it. It runs once per statement over the statement's transition tables, so a COPY of a
 * million entries adds one grouped upsert rather than a million; the upserts take the placements'
 * rows in id order, so two statements approving entries of several placements do not deadlock. A
 * placement without approved minutes may have no row (read as 0). TRUNCATE of time entries does
 * not fire it (nothing here truncates).
 */
export class SumApprovedMinutes1769900000000 implements MigrationInterface {
  name = 'SumApprovedMinutes1769900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placements.placement_approved_minutes (
        placement_id uuid PRIMARY KEY REFERENCES placements.placements(id) ON DELETE CASCADE,
        minutes integer NOT NULL
      )`);
    await db.query(`
      INSERT INTO placements.placement_approved_minutes (placement_id, minutes)
      SELECT placement_id, sum(duration_minutes) FROM placements.time_entries WHERE status = 'APPROVED' GROUP BY placement_id`);
    // No CHECK (minutes >= 0): PostgreSQL checks an upsert's proposed row before it finds the
    // conflict, so a negative change to an existing row would be refused. Deletes only subtract
    // from rows that exist: a cascade from a deleted placement has already removed its row, and an
    // upsert would recreate it for a placement that is gone.
    await db.query(`
      CREATE FUNCTION placements.sum_approved_minutes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO placements.placement_approved_minutes AS m (placement_id, minutes)
          SELECT placement_id, sum(duration_minutes) FROM new_entries WHERE status = 'APPROVED'
           GROUP BY placement_id ORDER BY placement_id
          ON CONFLICT (placement_id) DO UPDATE SET minutes = m.minutes + EXCLUDED.minutes;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO placements.placement_approved_minutes AS m (placement_id, minutes)
          SELECT placement_id, sum(minutes) FROM (
              SELECT placement_id, duration_minutes AS minutes FROM new_entries WHERE status = 'APPROVED'
              UNION ALL
              SELECT placement_id, -duration_minutes FROM old_entries WHERE status = 'APPROVED') change
           GROUP BY placement_id HAVING sum(minutes) <> 0 ORDER BY placement_id
          ON CONFLICT (placement_id) DO UPDATE SET minutes = m.minutes + EXCLUDED.minutes;
        ELSE
          UPDATE placements.placement_approved_minutes m SET minutes = m.minutes - removed.minutes
            FROM (SELECT placement_id, sum(duration_minutes) AS minutes FROM old_entries WHERE status = 'APPROVED'
                   GROUP BY placement_id) removed
           WHERE m.placement_id = removed.placement_id;
        END IF;
        RETURN NULL;
      END $$`);
    // A trigger with transition tables serves one event, hence three.
    await db.query(`CREATE TRIGGER sum_approved_minutes_insert AFTER INSERT ON placements.time_entries
      REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION placements.sum_approved_minutes()`);
    await db.query(`CREATE TRIGGER sum_approved_minutes_update AFTER UPDATE ON placements.time_entries
      REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION placements.sum_approved_minutes()`);
    await db.query(`CREATE TRIGGER sum_approved_minutes_delete AFTER DELETE ON placements.time_entries
      REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION placements.sum_approved_minutes()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER sum_approved_minutes_${event} ON placements.time_entries`);
    await db.query(`DROP FUNCTION placements.sum_approved_minutes()`);
    await db.query(`DROP TABLE placements.placement_approved_minutes`);
  }
}
