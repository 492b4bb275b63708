import type { Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AttendanceReportingSnapshotEntity } from '../entities/attendance-reporting-snapshot.entity';
import type { CedsWblType, ContinuumStage } from '../generated/graphql';

/** A student's attended group experiences by a date (the endorsement). */
export interface ExperiencesAttendedRow {
  studentId: string;
  careerExplorationActivities: number;
  teamChallenges: number;
}

/** A kind of engagement (the AttendanceReportingEngagement type). */
export interface AttendanceEngagementRow {
  continuumType: string | null;
  continuumStage: ContinuumStage;
  cedsType: CedsWblType | null;
}

/** A student attending under one snapshot in one year (the AttendanceReportingStudent type). */
export interface AttendanceStudentRow {
  schoolYear: string;
  studentId: string;
  schoolId: string;
  gradeLevel: number;
  economicallyDisadvantaged: boolean;
  raceEthnicity: string;
  gender: string;
  englishLearner: boolean;
  disabilityPlan: string;
  programIds: string[];
  departments: string[];
  careerClusters: string[];
  engagements: AttendanceEngagementRow[];
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

  /**
   * The work-based learning metrics' attending students in `schoolYears`: the rows of
   * SchoolYear.experiences (PRESENT, under the attendance's snapshot), one per student, year and
   * snapshot values, with the distinct engagements (continuum type, stage, CEDS type) under it.
   * Aggregated here, the answer grows with students, not attendances (placements counts distinct
   * students per dimension, so repeats would only be bytes).
   */
  async attendanceStudents(schoolYears: readonly string[]): Promise<AttendanceStudentRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT f.school_year, f.student_id, f.school_id, f.grade_level, f.economically_disadvantaged, f.race_ethnicity, f.gender,
              f.english_learner, f.disability_plan, f.program_ids, f.departments, f.career_clusters,
              jsonb_agg(jsonb_build_object('continuumType', f.continuum_type, 'continuumStage', f.continuum_stage, 'cedsType', f.ceds_type)
                        ORDER BY f.continuum_type, f.continuum_stage, f.ceds_type) AS engagements
         FROM (SELECT DISTINCT e.school_year, a.student_id, s.school_id, s.grade_level, s.economically_disadvantaged, s.race_ethnicity, s.gender,
                      s.english_learner, s.disability_plan, s.program_ids, s.departments, s.career_clusters,
                      CASE WHEN e.kind = 'TEAM_CHALLENGE' THEN 'TEAM_BASED_CHALLENGE'
                           WHEN e.continuum_stage = 'AWARENESS' THEN 'CAREER_AWARENESS'
                           WHEN e.continuum_stage = 'EXPLORATION' THEN 'CAREER_EXPLORATION' END AS continuum_type,
                      e.continuum_stage, e.ceds_type
                 FROM experiences.experience_attendance a
                 JOIN experiences.attendance_reporting_snapshots s ON s.attendance_id = a.id
                 JOIN experiences.experiences e ON e.id = a.experience_id
                WHERE a.status = 'PRESENT' AND e.school_year = ANY($1::text[])) f
        GROUP BY f.school_year, f.student_id, f.school_id, f.grade_level, f.economically_disadvantaged, f.race_ethnicity, f.gender,
                 f.english_learner, f.disability_plan, f.program_ids, f.departments, f.career_clusters`,
      [[...schoolYears]],
    );
    return rows.map((r) => ({
      schoolYear: r.school_year as string,
      studentId: r.student_id as string,
      schoolId: r.school_id as string,
      gradeLevel: Number(r.grade_level),
      economicallyDisadvantaged: r.economically_disadvantaged as boolean,
      raceEthnicity: r.race_ethnicity as string,
      gender: r.gender as string,
      englishLearner: r.english_learner as boolean,
      disabilityPlan: r.disability_plan as string,
      programIds: r.program_ids as string[],
      departments: r.departments as string[],
      careerClusters: r.career_clusters as string[],
      engagements: r.engagements as AttendanceEngagementRow[],
    }));
  }

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);
}
