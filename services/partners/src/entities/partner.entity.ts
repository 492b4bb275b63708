import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CareerCluster, PartnerKind, PartnerStatus } from '../generated/graphql';

@Entity({ name: 'partners' })
export class PartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PartnerKind;

  @Column({ name: 'industry_sector', type: 'text' })
  industrySector: string;

  @Column({ name: 'career_clusters', type: 'text', array: true })
  careerClusters: CareerCluster[];

  @Column({ type: 'text' })
  status: PartnerStatus;

  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ name: 'agreement_expires_on', type: 'date', nullable: true })
  agreementExpiresOn: string | null;

  @Column({ name: 'insurance_expires_on', type: 'date', nullable: true })
  insuranceExpiresOn: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
