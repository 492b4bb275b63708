import { YearlyStudentReportingSnapshotColumns } from '@careergraph/kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** An award's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'award_reporting_snapshots' })
export class AwardReportingSnapshotEntity extends YearlyStudentReportingSnapshotColumns {
  @PrimaryColumn({ name: 'award_id', type: 'uuid' })
  awardId: string;
}
