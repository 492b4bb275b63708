import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ReadinessBasis, ReadinessSubject } from '../generated/graphql';

/** One college-level eligibility determination; the latest per subject is the student's status. */
@Entity({ name: 'readiness_determinations' })
export class ReadinessDeterminationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ type: 'text' })
  subject: ReadinessSubject;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'text' })
  basis: ReadinessBasis;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
