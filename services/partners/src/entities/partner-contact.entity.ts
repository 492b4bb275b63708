import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { BackgroundCheckStatus, ClearanceLevel, ContactRole } from '../generated/graphql';

/** A person at a partner, with the latest background check kept on the row (no history needed). */
@Entity({ name: 'partner_contacts' })
export class PartnerContactEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', array: true })
  roles: ContactRole[];

  @Column({ name: 'clearance_level', type: 'text', nullable: true })
  clearanceLevel: ClearanceLevel | null;

  @Column({ name: 'clearance_status', type: 'text', nullable: true })
  clearanceStatus: BackgroundCheckStatus | null;

  @Column({ name: 'cleared_on', type: 'date', nullable: true })
  clearedOn: string | null;

  @Column({ name: 'clearance_expires_on', type: 'date', nullable: true })
  clearanceExpiresOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
