import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegistrationSource, RegistrationStatus } from '../generated/graphql';

/** A student's registration for an experience: one row per experience and student, cancelled or not. */
@Entity({ name: 'experience_registrations' })
export class ExperienceRegistrationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'experience_id', type: 'uuid' })
  experienceId: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  /** The student's school when they registered (school staff's scope of registrations). */
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ type: 'text' })
  source: RegistrationSource;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
