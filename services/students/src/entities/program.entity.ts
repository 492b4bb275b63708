import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CareerCluster, Department } from '../generated/graphql';

@Entity({ name: 'programs' })
export class ProgramEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'career_cluster', type: 'text' })
  careerCluster: CareerCluster;

  @Column({ name: 'cip_code', type: 'text' })
  cipCode: string;

  @Column({ type: 'text' })
  department: Department;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
