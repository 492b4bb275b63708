import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting snapshots of awards and readiness determinations (analytics): the student's school,
 * grade, subgroups and programs when each was recorded, and the school year it counts in. Kept
 * apart from the row-level tables; only aggregates read them.
 */
export class CreateReportingSnapshots1766100000000 implements MigrationInterface {
  name = 'CreateReportingSnapshots1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE credentials.award_reporting_snapshots (
        award_id uuid PRIMARY KEY REFERENCES credentials.credential_awards (id) ON DELETE CASCADE,
        school_id uuid NOT NULL,
        school_year text NOT NULL,
        grade_level smallint NOT NULL,
        economically_disadvantaged boolean NOT NULL,
        race_ethnicity text NOT NULL,
        gender text NOT NULL,
        english_learner boolean NOT NULL,
        disability_plan text NOT NULL,
        program_ids uuid[] NOT NULL,
        departments text[] NOT NULL,
        career_clusters text[] NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX "IDX_award_reporting_snapshots_year" ON credentials.award_reporting_snapshots (school_year)`);
    await db.query(`
      CREATE TABLE credentials.readiness_reporting_snapshots (
        determination_id uuid PRIMARY KEY REFERENCES credentials.readiness_determinations (id) ON DELETE CASCADE,
        school_id uuid NOT NULL,
        school_year text NOT NULL,
        grade_level smallint NOT NULL,
        economically_disadvantaged boolean NOT NULL,
        race_ethnicity text NOT NULL,
        gender text NOT NULL,
        english_learner boolean NOT NULL,
        disability_plan text NOT NULL,
        program_ids uuid[] NOT NULL,
        departments text[] NOT NULL,
        career_clusters text[] NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX "IDX_readiness_reporting_snapshots_year" ON credentials.readiness_reporting_snapshots (school_year)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS credentials.readiness_reporting_snapshots`);
    await db.query(`DROP TABLE IF EXISTS credentials.award_reporting_snapshots`);
  }
}
