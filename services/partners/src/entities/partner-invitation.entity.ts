import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Stored states; EXPIRED is a PENDING invitation past `expiresAt`, derived when read. */
export type StoredInvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED';

/** A staff member's invitation to a partner's contact to complete the partner's profile themselves. */
@Entity({ name: 'partner_invitations' })
export class PartnerInvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  /** Lower-cased, as the gateway carries a verified e-mail. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  status: StoredInvitationStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'invited_by', type: 'text' })
  invitedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}

/**
 * One live link of an invitation, as the SHA-256 of its token: the token itself is never stored.
 * An invitation may have several (the one shown to staff, the one the mailer sent); resending
 * deletes them all before adding the new one.
 */
@Entity({ name: 'partner_invitation_tokens' })
export class PartnerInvitationTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
