import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A one-time, expiring link a parent or guardian (not a user) signs one agreement version through. */
@Entity({ name: 'guardian_signing_links' })
export class GuardianSigningLinkEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  /** SHA-256 of the token, hex: the token itself is handed out once and never stored. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'guardian_name', type: 'text' })
  guardianName: string;

  @Column({ name: 'guardian_email', type: 'text' })
  guardianEmail: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
