import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CourseGrade, Department, VerificationStatus } from '../generated/graphql';

/** A credential a student earned. Student and school are references into the students subgraph. */
@Entity({ name: 'credential_awards' })
export class CredentialAwardEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId: string;

  @Column({ name: 'earned_on', type: 'date' })
  earnedOn: string;

  /** The student's school when the award was recorded. */
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  /** The department the award counts for, fixed when it was recorded (`awardDepartment`). */
  @Column({ type: 'text', nullable: true })
  department: Department | null;

  @Column({ name: 'verification_status', type: 'text' })
  verificationStatus: VerificationStatus;

  @Column({ name: 'verified_by', type: 'text', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'text', nullable: true })
  term: string | null;

  @Column({ type: 'text', nullable: true })
  grade: CourseGrade | null;

  @Column({ name: 'credit_hours_earned', type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericColumn })
  creditHoursEarned: number | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  /**
   * The award's bit in the district's Open Badges revocation lists (`status-list.ts`), assigned by
   * the database from a sequence when the award is recorded and never changed, so a badge issued
   * once keeps pointing at the same bit.
   */
  @Column({ name: 'badge_status_index', type: 'integer', insert: false, update: false })
  badgeStatusIndex: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
