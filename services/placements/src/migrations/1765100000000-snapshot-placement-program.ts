import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The opportunity's program and its department, snapshot at creation, so DEPARTMENT_STAFF reach
 * their department's placements with one indexed condition. Rows that existed before are left null:
 * the program lives in the partners subgraph and its department in the students subgraph, which a
 * migration cannot ask. A null department means "no department's placement": district and school
 * staff still reach it, department staff do not.
 */
export class SnapshotPlacementProgram1765100000000 implements MigrationInterface {
  name = 'SnapshotPlacementProgram1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE placements.placements ADD COLUMN program_id uuid, ADD COLUMN department text`);
    await db.query(`
      ALTER TABLE placements.placements
        ADD CONSTRAINT "CHK_placements_department" CHECK (department IN ('CTE', 'ROADMAP', 'TRADES')),
        ADD CONSTRAINT "CHK_placements_department_program" CHECK (department IS NULL OR program_id IS NOT NULL)`);
    await db.query(`CREATE INDEX "IDX_placements_department_start_date" ON placements.placements (department, start_date, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX placements."IDX_placements_department_start_date"`);
    await db.query(`ALTER TABLE placements.placements DROP COLUMN department, DROP COLUMN program_id`);
  }
}
