import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting snapshot of each placement (analytics): the student's school, grade and subgroups
 * and the opportunity's kind and industry when it was recorded. Kept apart from `placements` so
 * the row-level entity stays as it is; only aggregates read it.
 */
export class CreatePlacementReportingSnapshots1766000000000 implements MigrationInterface {
  name = 'CreatePlacementReportingSnapshots1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placements.placement_reporting_snapshots (
        placement_id uuid PRIMARY KEY REFERENCES placements.placements (id) ON DELETE CASCADE,
        school_id uuid NOT NULL,
        grade_level smallint NOT NULL CONSTRAINT "CHK_placement_reporting_snapshots_grade" CHECK (grade_level BETWEEN 6 AND 12),
        economically_disadvantaged boolean NOT NULL,
        race_ethnicity text NOT NULL,
        gender text NOT NULL,
        english_learner boolean NOT NULL,
        disability_plan text NOT NULL,
        program_ids uuid[] NOT NULL,
        departments text[] NOT NULL,
        career_clusters text[] NOT NULL,
        wbl_continuum_type text NOT NULL,
        wbl_ceds_type text NOT NULL,
        opportunity_career_cluster text NOT NULL,
        industry text NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Metric families read placements of some school years that reached ACTIVE.
    await db.query(
      `CREATE INDEX "IDX_placements_reporting_year" ON placements.placements (school_year, status) INCLUDE (student_id, partner_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS placements."IDX_placements_reporting_year"`);
    await db.query(`DROP TABLE IF EXISTS placements.placement_reporting_snapshots`);
  }
}
