import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApiClientScope } from '../generated/graphql';

/** A machine client: its OAuth client_id, what it may do, and its secret as a salted scrypt hash. */
@Entity({ name: 'api_clients' })
export class ApiClientEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'text', array: true })
  scopes: ApiClientScope[];

  /** `scrypt$N$r$p$salt$hash` (services/client-secret.ts); the secret itself is never stored. */
  @Column({ name: 'secret_hash', type: 'text', select: false })
  secretHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'secret_issued_at', type: 'timestamptz' })
  secretIssuedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
