import { YearlyStudentReportingSnapshotColumns } from '@careergraph/kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** A readiness determination's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'readiness_reporting_snapshots' })
export class ReadinessReportingSnapshotEntity extends YearlyStudentReportingSnapshotColumns {
  @PrimaryColumn({ name: 'determination_id', type: 'uuid' })
  determinationId: string;
}
