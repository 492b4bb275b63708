import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An intermediary acting for an employer from `since` to `until`, both included (open-ended when null). */
@Entity({ name: 'partner_brokerages' })
export class PartnerBrokerageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'intermediary_partner_id', type: 'uuid' })
  intermediaryPartnerId: string;

  @Column({ name: 'employer_partner_id', type: 'uuid' })
  employerPartnerId: string;

  @Column({ type: 'date' })
  since: string;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
