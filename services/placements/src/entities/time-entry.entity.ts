import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from './updated-at.column';

export type TimeEntryStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

@Entity({ name: 'time_entries' })
export class TimeEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  /** Copied from the placement so per-student day and week totals need no join. */
  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  /** Minutes after midnight; null when the entry was given as a duration. */
  @Column({ name: 'start_minute', type: 'smallint', nullable: true })
  startMinute: number | null;

  @Column({ name: 'end_minute', type: 'smallint', nullable: true })
  endMinute: number | null;

  @Column({ name: 'meal_break_minutes', type: 'smallint' })
  mealBreakMinutes: number;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ name: 'activity_notes', type: 'text', nullable: true })
  activityNotes: string | null;

  @Column({ type: 'text' })
  status: TimeEntryStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
