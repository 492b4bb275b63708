import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The placement's time-entry index also carries each entry's status and minutes, so the sums of
 * approved and pending hours (a placement's hours, its stipend periods, the work-based-learning
 * metrics) are index-only scans instead of a heap visit per entry. The key is unchanged, so the
 * time-entries page keeps its keyset order. Rebuilding it holds writes to time entries for the
 * build (seconds at district scale), which a migration window allows.
 */
export class CoverTimeEntryHours1767000000000 implements MigrationInterface {
  name = 'CoverTimeEntryHours1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."IDX_time_entries_placement_work_date"`);
    await db.query(
      `CREATE INDEX "IDX_time_entries_placement_work_date" ON placements.time_entries (placement_id, work_date, id) INCLUDE (status, duration_minutes)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."IDX_time_entries_placement_work_date"`);
    await db.query(`CREATE INDEX "IDX_time_entries_placement_work_date" ON placements.time_entries (placement_id, work_date, id)`);
  }
}
