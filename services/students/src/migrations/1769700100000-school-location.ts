import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a school is, so a student's matches can be ranked and filtered by distance to the worksite. */
export class SchoolLocation1769700100000 implements MigrationInterface {
  name = 'SchoolLocation1769700100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE students.schools
        ADD COLUMN latitude double precision CONSTRAINT "CHK_schools_latitude" CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CONSTRAINT "CHK_schools_longitude" CHECK (longitude BETWEEN -180 AND 180),
        ADD CONSTRAINT "CHK_schools_location_whole" CHECK ((latitude IS NULL) = (longitude IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE students.schools DROP COLUMN latitude, DROP COLUMN longitude`);
  }
}
