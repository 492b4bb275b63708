import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner's webhook receiver; its signing secret is kept encrypted (webhook-secrets.ts). */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Insertion order: the listing's keyset. */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sequence: number;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: string[];

  @Column({ type: 'boolean' })
  enabled: boolean;

  /** AES-256-GCM of the `whsec_…` secret under WEBHOOK_SECRETS_KEY; never selected into an answer. */
  @Column({ name: 'secret_ciphertext', type: 'text', select: false })
  secretCiphertext?: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
