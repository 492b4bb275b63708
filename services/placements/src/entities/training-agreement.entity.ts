import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericColumn } from '@careergraph/kit';
import type { StudentContactDetail } from './placement.entity';

/** Who signs a training agreement. */
export type AgreementParty = 'STUDENT' | 'GUARDIAN' | 'SUPERVISOR' | 'SCHOOL_COORDINATOR';

/**
 * One version of a placement's training agreement: the terms every required party signs, hashed.
 * A newer version supersedes it (signatures on older versions no longer count).
 */
@Entity({ name: 'training_agreements' })
export class TrainingAgreementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  terms: string;

  /** SHA-256 of `terms` (UTF-8), hex: what each signature names. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ name: 'weekly_hour_cap', type: 'numeric', precision: 4, scale: 1, transformer: numericColumn })
  weeklyHourCap: number;

  @Column({ name: 'shared_student_contact', type: 'text', array: true })
  sharedStudentContact: StudentContactDetail[];

  @Column({ name: 'required_parties', type: 'text', array: true })
  requiredParties: AgreementParty[];

  /** A signature recorded on paper (recordTrainingAgreement, or placements signed before e-signing): complete as recorded. */
  @Column({ name: 'recorded_on_paper', type: 'boolean' })
  recordedOnPaper: boolean;

  /** When the last required party signed (or the paper agreement was recorded); null while incomplete. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
