import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlacementStatus } from './placement.entity';

@Entity({ name: 'placement_status_changes' })
export class PlacementStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: PlacementStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: PlacementStatus;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
