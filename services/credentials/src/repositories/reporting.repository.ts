import type { Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { AwardReportingSnapshotEntity } from '../entities/award-reporting-snapshot.entity';
import { ReadinessReportingSnapshotEntity } from '../entities/readiness-reporting-snapshot.entity';
import { COURSE_TYPES, PASSING_GRADES } from './award.repository';

/** Career credentials for the district goal (with a passed early college course). */
export const CAREER_CREDENTIAL_TYPES = ['INDUSTRY_CERTIFICATION', 'OCCUPATIONAL_LICENSE', 'APPRENTICESHIP_CERTIFICATE'] as const;

/** A student's credential outcomes by the end of a school year (aggregate reporting only). */
export interface StudentOutcomeRow {
  studentId: string;
  recognizedPostsecondaryCredential: boolean;
  postsecondaryCredit: boolean;
  advancedCreditOrCredential: boolean;
  creditHours: number;
  validAdvancedCertification: boolean;
}

/** A student's early college credit and college readiness by a date (the endorsement). */
export interface EndorsementFactsRow {
  studentId: string;
  earlyCollegeCreditHours: number;
  mathReady: boolean;
  englishReady: boolean;
}

/** Reporting snapshots and the aggregate statements over them (analytics). */
export class ReportingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertAwardSnapshot(tx: Tx, snapshot: AwardReportingSnapshotEntity): Promise<void> {
    await tx.insert(AwardReportingSnapshotEntity, snapshot);
  }

  async insertReadinessSnapshot(tx: Tx, snapshot: ReadinessReportingSnapshotEntity): Promise<void> {
    await tx.insert(ReadinessReportingSnapshotEntity, snapshot);
  }

  /** Runs one metric family's statement (built by the kit's MetricCube from the family's SQL). */
  readonly run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> => this.dataSource.query(sql, params);

  /**
   * Early college credit hours (as in `outcomesByStudent`) and whether the latest math and English
   * determinations by `lastDay` say eligible; only students with either.
   */
  async endorsementFactsByStudent(studentIds: readonly string[], lastDay: string): Promise<EndorsementFactsRow[]> {
    const rows: { student_id: string; hours: string; math: boolean | null; english: boolean | null }[] = await this.dataSource.query(
      `WITH hours AS (
         SELECT a.student_id, sum(a.credit_hours_earned) AS hours
           FROM credentials.credential_awards a JOIN credentials.credentials c ON c.id = a.credential_id
          WHERE a.student_id = ANY($1::uuid[]) AND a.verification_status <> 'REVOKED' AND a.earned_on <= $2
            AND c.type = ANY($3::text[]) AND a.grade = ANY($4::text[]) AND a.credit_hours_earned > 0
          GROUP BY a.student_id),
       latest AS (
         SELECT DISTINCT ON (r.student_id, r.subject) r.student_id, r.subject, r.eligible
           FROM credentials.readiness_determinations r
          WHERE r.student_id = ANY($1::uuid[]) AND r.as_of <= $2
          ORDER BY r.student_id, r.subject, r.as_of DESC, r.created_at DESC, r.id)
       SELECT coalesce(h.student_id, l.student_id) AS student_id, coalesce(max(h.hours), 0) AS hours,
              bool_or(l.eligible) FILTER (WHERE l.subject = 'MATH') AS math,
              bool_or(l.eligible) FILTER (WHERE l.subject = 'ENGLISH') AS english
         FROM hours h FULL JOIN latest l ON l.student_id = h.student_id
        GROUP BY 1`,
      [[...studentIds], lastDay, [...COURSE_TYPES], [...PASSING_GRADES]],
    );
    return rows.map((r) => ({
      studentId: String(r.student_id),
      earlyCollegeCreditHours: Number(r.hours),
      mathReady: r.math === true,
      englishReady: r.english === true,
    }));
  }

  /** Outcomes of `studentIds` from awards earned by `lastDay`, not revoked (one statement; students without awards are absent). */
  async outcomesByStudent(studentIds: readonly string[], lastDay: string): Promise<Map<string, StudentOutcomeRow>> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.student_id,
              bool_or(c.recognized_postsecondary_credential) AS rpc,
              bool_or(c.type = ANY($3::text[]) AND a.grade = ANY($4::text[]) AND a.credit_hours_earned > 0) AS credit,
              bool_or(c.type = ANY($5::text[])) AS career,
              coalesce(sum(a.credit_hours_earned) FILTER (WHERE c.type = ANY($3::text[]) AND a.grade = ANY($4::text[])), 0) AS hours,
              bool_or(a.verification_status = 'VERIFIED' AND c.advanced_certification AND (a.expires_on IS NULL OR a.expires_on >= $2)) AS advanced
         FROM credentials.credential_awards a JOIN credentials.credentials c ON c.id = a.credential_id
        WHERE a.student_id = ANY($1::uuid[]) AND a.verification_status <> 'REVOKED' AND a.earned_on <= $2
        GROUP BY a.student_id`,
      [[...studentIds], lastDay, [...COURSE_TYPES], [...PASSING_GRADES], [...CAREER_CREDENTIAL_TYPES]],
    );
    return new Map(
      rows.map((r) => [
        String(r.student_id),
        {
          studentId: String(r.student_id),
          recognizedPostsecondaryCredential: Boolean(r.rpc),
          postsecondaryCredit: Boolean(r.credit),
          advancedCreditOrCredential: Boolean(r.credit) || Boolean(r.career),
          creditHours: Number(r.hours),
          validAdvancedCertification: Boolean(r.advanced),
        },
      ]),
    );
  }
}
