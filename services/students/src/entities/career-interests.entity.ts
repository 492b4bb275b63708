import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CareerCluster } from '../generated/graphql';

/** A student's ranked career clusters and latest interest-inventory result (one row per student). */
@Entity({ name: 'career_interests' })
export class CareerInterestsEntity {
  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  /** Most interesting first. */
  @Column({ type: 'text', array: true })
  clusters: CareerCluster[];

  @Column({ name: 'inventory_name', type: 'text', nullable: true })
  inventoryName: string | null;

  @Column({ name: 'inventory_taken_on', type: 'date', nullable: true })
  inventoryTakenOn: string | null;

  /** Strongest first; null exactly when there is no inventory result. */
  @Column({ name: 'inventory_clusters', type: 'text', array: true, nullable: true })
  inventoryClusters: CareerCluster[] | null;

  /** Who last set them (the token subject): the student or a staff member. */
  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
