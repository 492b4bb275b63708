import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'reflections' })
export class ReflectionEntity {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
