import { reportingSnapshotTableSql } from '@careergraph/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const awards = reportingSnapshotTableSql({
  schema: 'credentials',
  table: 'award_reporting_snapshots',
  key: 'award_id',
  references: 'credential_awards',
  schoolYear: true,
});
const readiness = reportingSnapshotTableSql({
  schema: 'credentials',
  table: 'readiness_reporting_snapshots',
  key: 'determination_id',
  references: 'readiness_determinations',
  schoolYear: true,
});

/**
 * Reporting snapshots of awards and readiness determinations (analytics): the student's school,
 * grade, subgroups and programs when each was recorded, and the school year it counts in. Kept
 * apart from the row-level tables; only aggregates read them.
 */
export class CreateReportingSnapshots1766100000000 implements MigrationInterface {
  name = 'CreateReportingSnapshots1766100000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [...awards.up, ...readiness.up]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of [...readiness.down, ...awards.down]) await db.query(statement);
  }
}
