import type { Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AttendanceReportingSnapshotEntity } from '../entities/attendance-reporting-snapshot.entity';

/** A student's attended group experiences by a date (the endorsement). */
export interface ExperiencesAttendedRow {
  studentId: string;
  careerExplorationActivities: number;
  teamChallenges: number;
}

/** Reporting snapshots and the aggregate statements over them (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertSnapshots(tx: Tx, snapshots: readonly AttendanceReportingSnapshotEntity[]): Promise<void> {
    if (snapshots.length > 0) await tx.insert(AttendanceReportingSnapshotEntity, [...snapshots]);
  }

  /**
   * Per student, attended (PRESENT) experiences starting by `lastDay`, not cancelled: awareness and
   * exploration ones apart from team challenges, and team challenges (the endorsement's activities).
   */
  async attendedByStudent(studentIds: readonly string[], lastDay: string): Promise<ExperiencesAttendedRow[]> {
    const rows: { student_id: string; exploration: number; challenges: number }[] = await this.dataSource.query(
      `SELECT a.student_id,
              count(*) FILTER (WHERE e.kind <> 'TEAM_CHALLENGE' AND e.continuum_stage IN ('AWARENESS', 'EXPLORATION'))::int AS exploration,
              count(*) FILTER (WHERE e.kind = 'TEAM_CHALLENGE')::int AS challenges
         FROM experiences.experience_attendance a JOIN experiences.experiences e ON e.id = a.experience_id
        WHERE a.student_id = ANY($1::uuid[]) AND a.status = 'PRESENT' AND e.status <> 'CANCELLED' AND e.starts_at::date <= $2::date
        GROUP BY a.student_id`,
      [[...studentIds], lastDay],
    );
    return rows.map((r) => ({ studentId: r.student_id, careerExplorationActivities: r.exploration, teamChallenges: r.challenges }));
  }

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);
}
