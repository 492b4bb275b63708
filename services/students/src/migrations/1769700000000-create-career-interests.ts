import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A student's career interests, kept with the student: ranked clusters (at most five) and the
 * latest interest-inventory result, all or nothing of the latter.
 */
export class CreateCareerInterests1769700000000 implements MigrationInterface {
  name = 'CreateCareerInterests1769700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE students.career_interests (
        student_id uuid PRIMARY KEY REFERENCES students.students (id),
        clusters text[] NOT NULL CONSTRAINT "CHK_career_interests_at_most_five" CHECK (cardinality(clusters) <= 5),
        inventory_name text,
        inventory_taken_on date,
        inventory_clusters text[],
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_career_interests_inventory_whole" CHECK (
          (inventory_name IS NULL) = (inventory_taken_on IS NULL) AND (inventory_name IS NULL) = (inventory_clusters IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE students.career_interests`);
  }
}
