import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '../generated/graphql';

/** A student's attendance at an experience: one row per experience and student, its latest status. */
@Entity({ name: 'experience_attendance' })
export class ExperienceAttendanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'experience_id', type: 'uuid' })
  experienceId: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  /** The student's school when attendance was first recorded. */
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ type: 'text' })
  status: AttendanceStatus;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
