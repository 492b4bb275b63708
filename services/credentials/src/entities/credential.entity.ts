import { numericColumn } from '@careergraph/kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CareerCluster, CredentialType } from '../generated/graphql';

/** A catalog credential. The issuer is a partner id: a reference into the partners subgraph. */
@Entity({ name: 'credentials' })
export class CredentialEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: CredentialType;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId: string;

  @Column({ name: 'career_cluster', type: 'text' })
  careerCluster: CareerCluster;

  @Column({ name: 'ce_ctid', type: 'text', nullable: true })
  ctid: string | null;

  @Column({ name: 'credit_hours', type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numericColumn })
  creditHours: number | null;

  @Column({ name: 'advanced_certification', type: 'boolean' })
  advancedCertification: boolean;

  @Column({ name: 'recognized_postsecondary_credential', type: 'boolean' })
  recognizedPostsecondaryCredential: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
