import { reportingSnapshotTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const snapshots = reportingSnapshotTableSql({
  schema: 'placements',
  table: 'placement_reporting_snapshots',
  key: 'placement_id',
  references: 'placements',
  gradeCheck: true,
  eventColumns: ['wbl_continuum_type', 'wbl_ceds_type', 'opportunity_career_cluster', 'industry'],
});

/**
 * The reporting snapshot of each placement (analytics): the student's school, grade and subgroups
 * and the opportunity's kind and industry when it was recorded. Kept apart from `placements` so
 * the row-level entity stays as it is; only aggregates read it.
 */
export class CreatePlacementReportingSnapshots1766000000000 implements MigrationInterface {
  name = 'CreatePlacementReportingSnapshots1766000000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of snapshots.up) await db.query(statement);
    // Metric families read placements of some school years that reached ACTIVE.
    await db.query(
      `CREATE INDEX "IDX_placements_reporting_year" ON placements.placements (school_year, status) INCLUDE (student_id, partner_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS placements."IDX_placements_reporting_year"`);
    for (const statement of snapshots.down) await db.query(statement);
  }
}
