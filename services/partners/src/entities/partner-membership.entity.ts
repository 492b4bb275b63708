import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person (the identity provider's subject) acting for a partner, created when they accept an
 * invitation; the gateway reads it to give their token the partner's scope.
 */
@Entity({ name: 'partner_memberships' })
export class PartnerMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
