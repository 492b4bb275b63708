import type { Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AttendanceReportingSnapshotEntity } from '../entities/attendance-reporting-snapshot.entity';

/** Reporting snapshots and the aggregate statements over them (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertSnapshots(tx: Tx, snapshots: readonly AttendanceReportingSnapshotEntity[]): Promise<void> {
    if (snapshots.length > 0) await tx.insert(AttendanceReportingSnapshotEntity, [...snapshots]);
  }

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);
}
