import type { Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { PlacementReportingSnapshotEntity } from '../entities/placement-reporting-snapshot.entity';

/** Statuses of a placement that reached ACTIVE: the student took part in work-based learning. */
export const ENGAGED_STATUSES = ['ACTIVE', 'COMPLETED', 'TERMINATED'] as const;

/** Reporting snapshots and the aggregate statements over them (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertSnapshot(tx: Tx, snapshot: PlacementReportingSnapshotEntity): Promise<void> {
    await tx.getRepository(PlacementReportingSnapshotEntity).insert(snapshot);
  }

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);

  /** Of `studentIds`, those with a placement that reached ACTIVE and started by `lastDay` (one statement). */
  async studentsWithWorkBasedLearning(studentIds: readonly string[], lastDay: string): Promise<Set<string>> {
    const rows: { student_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT student_id FROM placements.placements
        WHERE student_id = ANY($1::uuid[]) AND status = ANY($2::text[]) AND start_date <= $3`,
      [[...studentIds], [...ENGAGED_STATUSES], lastDay],
    );
    return new Set(rows.map((r) => r.student_id));
  }
}
