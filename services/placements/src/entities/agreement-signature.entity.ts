import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgreementParty } from './training-agreement.entity';

/** One party's electronic signature of one agreement version, with where it came from. */
@Entity({ name: 'agreement_signatures' })
export class AgreementSignatureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ type: 'text' })
  party: AgreementParty;

  /** The signer's token subject, or `guardian-link:<link id>` for a parent or guardian. */
  @Column({ name: 'signer_subject', type: 'text' })
  signerSubject: string;

  /** The guardian's name from the signing link; null for signers known by their subject. */
  @Column({ name: 'signer_name', type: 'text', nullable: true })
  signerName: string | null;

  @Column({ name: 'signer_email', type: 'text', nullable: true })
  signerEmail: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  /** The content hash the signer was shown and sent back. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  /** The client's address as the gateway saw it (its socket peer). */
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  /** The client's `x-forwarded-for`, as sent: a proxy's claim, kept as evidence, not trusted. */
  @Column({ name: 'forwarded_for', type: 'text', nullable: true })
  forwardedFor: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
