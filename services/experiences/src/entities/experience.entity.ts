import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CedsWblType, ContinuumStage, ExperienceKind, ExperienceStatus } from '../generated/graphql';

/** A group experience. School and host partners are references into other subgraphs. */
@Entity({ name: 'experiences' })
export class ExperienceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  kind: ExperienceKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Null: district-wide. */
  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ name: 'host_partner_ids', type: 'uuid', array: true })
  hostPartnerIds: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** From startsAt in the district's time zone; the school year its attendance counts in. */
  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'grade_levels', type: 'smallint', array: true })
  gradeLevels: number[];

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'continuum_stage', type: 'text' })
  continuumStage: ContinuumStage;

  @Column({ name: 'ceds_type', type: 'text', nullable: true })
  cedsType: CedsWblType | null;

  @Column({ type: 'text' })
  status: ExperienceStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt?: Date;
}
