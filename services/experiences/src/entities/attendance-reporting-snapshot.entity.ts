import { StudentReportingSnapshotColumns } from '@careergraph/kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** An attendance row's reporting snapshot (analytics only; see docs/analytics.md). */
@Entity({ name: 'attendance_reporting_snapshots' })
export class AttendanceReportingSnapshotEntity extends StudentReportingSnapshotColumns {
  @PrimaryColumn({ name: 'attendance_id', type: 'uuid' })
  attendanceId: string;
}
