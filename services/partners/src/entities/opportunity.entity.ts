import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  CareerCluster,
  CedsWblType,
  ClearanceLevel,
  CompensationKind,
  HazardousOccupation,
  OpportunityStatus,
  WblContinuumType,
} from '../generated/graphql';

@Entity({ name: 'opportunities' })
export class OpportunityEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'worksite_id', type: 'uuid', nullable: true })
  worksiteId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'continuum_type', type: 'text' })
  continuumType: WblContinuumType;

  @Column({ name: 'ceds_type', type: 'text' })
  cedsType: CedsWblType;

  @Column({ name: 'career_cluster', type: 'text' })
  careerCluster: CareerCluster;

  /** A reference to the students subgraph's Program; never checked against its tables. */
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'integer' })
  slots: number;

  @Column({ name: 'compensation_kind', type: 'text' })
  compensationKind: CompensationKind;

  @Column({
    name: 'hourly_rate',
    type: 'numeric',
    precision: 8,
    scale: 2,
    nullable: true,
    transformer: numericColumn,
  })
  hourlyRate: number | null;

  @Column({ name: 'minimum_age', type: 'smallint' })
  minimumAge: number;

  @Column({ name: 'grade_levels', type: 'smallint', array: true })
  gradeLevels: number[];

  @Column({ name: 'required_clearance', type: 'text' })
  requiredClearance: ClearanceLevel;

  /** The federal hazardous-occupation category of the work (29 CFR 570), when one applies. */
  @Column({ name: 'hazardous_occupation', type: 'text', nullable: true })
  hazardousOccupation: HazardousOccupation | null;

  @Column({ type: 'text' })
  status: OpportunityStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Why a PUBLISHED opportunity was closed, when the closer said. */
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
