import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerStatus } from '../generated/graphql';

/** One step of a partner's status history; rows are only ever appended. */
@Entity({ name: 'partner_status_changes' })
export class PartnerStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: PartnerStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: PartnerStatus;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'text' })
  reason: string;
}
