import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAtColumn } from './updated-at.column';

export type EvaluationKind = 'MIDPOINT' | 'FINAL';

@Entity({ name: 'evaluations' })
export class EvaluationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ type: 'text' })
  kind: EvaluationKind;

  @Column({ type: 'smallint' })
  communication: number;

  @Column({ type: 'smallint' })
  collaboration: number;

  @Column({ type: 'smallint' })
  professionalism: number;

  @Column({ name: 'problem_solving', type: 'smallint' })
  problemSolving: number;

  @Column({ name: 'technical_skills', type: 'smallint' })
  technicalSkills: number;

  @Column({ type: 'text', nullable: true })
  comments: string | null;

  @Column({ name: 'evaluated_by', type: 'text' })
  evaluatedBy: string;

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
