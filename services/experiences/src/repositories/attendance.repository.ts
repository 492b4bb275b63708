import { applyKeysetPerParent, countPerParent, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { ExperienceAttendanceEntity } from '../entities/experience-attendance.entity';
import type { AttendanceStatus } from '../generated/graphql';

/** A row to write: its id (kept only when the row is new), the student, their school and the status. */
export interface AttendanceWrite {
  id: string;
  studentId: string;
  schoolId: string;
  status: AttendanceStatus;
}

export interface AttendanceQuery {
  status?: AttendanceStatus;
  scope: RowFilter;
}

const ORDER = ['a.student_id', 'a.id'];

export class AttendanceRepository {
  private readonly repository: Repository<ExperienceAttendanceEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(ExperienceAttendanceEntity);
  }

  static cursorOf(attendance: ExperienceAttendanceEntity): string[] {
    return [attendance.studentId, attendance.id];
  }

  findForStudents(tx: Tx, experienceId: string, studentIds: readonly string[]): Promise<ExperienceAttendanceEntity[]> {
    return tx.findBy(ExperienceAttendanceEntity, { experienceId, studentId: In([...studentIds]) });
  }

  /** Rows by `<experienceId>:<studentId>` keys, one statement. */
  async findByExperienceStudent(keys: readonly string[]): Promise<ExperienceAttendanceEntity[]> {
    const pairs = keys.map((key) => key.split(':'));
    return this.repository
      .createQueryBuilder('a')
      .where('(a.experience_id, a.student_id) IN (SELECT * FROM unnest(:experienceIds::uuid[], :studentIds::uuid[]))', {
        experienceIds: pairs.map(([experienceId]) => experienceId),
        studentIds: pairs.map(([, studentId]) => studentId),
      })
      .getMany();
  }

  /**
   * Writes new rows and changed statuses in one statement (a row whose status is unchanged is left
   * as it is, so re-recording a roster writes nothing); returns the rows written.
   */
  async write(tx: Tx, experienceId: string, rows: readonly AttendanceWrite[], recordedBy: string): Promise<ExperienceAttendanceEntity[]> {
    if (rows.length === 0) return [];
    const written: Record<string, unknown>[] = await tx.query(
      `INSERT INTO experiences.experience_attendance (id, experience_id, student_id, school_id, status, recorded_by)
       SELECT r.id, $1, r.student_id, r.school_id, r.status, $6
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) AS r (id, student_id, school_id, status)
       ON CONFLICT (experience_id, student_id) DO UPDATE
         SET status = excluded.status, recorded_at = now(), recorded_by = excluded.recorded_by
         WHERE experience_attendance.status <> excluded.status
       RETURNING *`,
      [experienceId, rows.map((r) => r.id), rows.map((r) => r.studentId), rows.map((r) => r.schoolId), rows.map((r) => r.status), recordedBy],
    );
    return written.map((row) => ({
      id: String(row.id),
      experienceId: String(row.experience_id),
      studentId: String(row.student_id),
      schoolId: String(row.school_id),
      status: row.status as AttendanceStatus,
      recordedAt: new Date(row.recorded_at as string),
      recordedBy: String(row.recorded_by),
    }));
  }

  /** Which of these students attended (PRESENT) the experience, inside the transaction. */
  async presentAmong(tx: Tx, experienceId: string, studentIds: readonly string[]): Promise<Set<string>> {
    const rows = await tx.findBy(ExperienceAttendanceEntity, { experienceId, studentId: In([...studentIds]), status: 'PRESENT' });
    return new Set(rows.map((row) => row.studentId));
  }

  pageByExperiences(experienceIds: readonly string[], query: AttendanceQuery, page: PageRequest): Promise<ExperienceAttendanceEntity[]> {
    return applyKeysetPerParent(this.filtered(query), 'a.experience_id', experienceIds, ORDER, page).getMany();
  }

  countByExperiences(experienceIds: readonly string[], query: AttendanceQuery): Promise<Map<string, number>> {
    return countPerParent(this.filtered(query), 'a.experience_id', experienceIds);
  }

  private filtered(query: AttendanceQuery): SelectQueryBuilder<ExperienceAttendanceEntity> {
    const qb = this.repository.createQueryBuilder('a');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    return query.scope.applyTo(qb, 'a');
  }
}
