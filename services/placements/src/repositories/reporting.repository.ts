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

  /** Approved hours per student over placements starting by `lastDay` (the endorsement's supervised experience). */
  async approvedHoursByStudent(studentIds: readonly string[], lastDay: string): Promise<{ studentId: string; hours: number }[]> {
    const rows: { student_id: string; minutes: number }[] = await this.dataSource.query(
      `SELECT t.student_id, sum(t.duration_minutes)::int AS minutes
         FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
        WHERE t.student_id = ANY($1::uuid[]) AND t.status = 'APPROVED' AND p.start_date <= $2
        GROUP BY t.student_id`,
      [[...studentIds], lastDay],
    );
    return rows.map((r) => ({ studentId: r.student_id, hours: r.minutes / 60 }));
  }

  /** Time entries still SUBMITTED that were submitted before `before`, oldest first, with the approving supervisor. */
  async pendingTimeEntries(before: Date, limit: number): Promise<PendingTimeEntryRow[]> {
    const rows: { id: string; placement_id: string; supervisor_id: string; work_date: string; duration_minutes: number; submitted_at: Date }[] =
      await this.dataSource.query(
        `SELECT t.id, t.placement_id, p.supervisor_id, t.work_date::text AS work_date, t.duration_minutes, t.submitted_at
           FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
          WHERE t.status = 'SUBMITTED' AND t.submitted_at < $1
          ORDER BY t.submitted_at, t.id
          LIMIT $2`,
        [before, limit],
      );
    return rows.map((r) => ({
      id: r.id,
      placementId: r.placement_id,
      supervisorId: r.supervisor_id,
      workDate: r.work_date,
      hours: r.duration_minutes / 60,
      submittedAt: new Date(r.submitted_at),
    }));
  }
}

export interface PendingTimeEntryRow {
  id: string;
  placementId: string;
  supervisorId: string;
  workDate: string;
  hours: number;
  submittedAt: Date;
}
