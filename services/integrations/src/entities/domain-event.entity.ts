import type { EventAudience } from '@careergraph/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event of the inbox, as a subgraph's outbox relayed it (kit DomainEvent) plus when it arrived. */
@Entity({ name: 'domain_events' })
export class DomainEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Arrival order: the inbox's keyset (unique, never reused). */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sequence: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ name: 'student_id', type: 'uuid', nullable: true })
  studentId: string | null;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** INTERNAL: for the one-time-link mailer only (no webhook, no listing). */
  @Column({ type: 'text' })
  audience: EventAudience;

  @Column({ name: 'received_at', type: 'timestamptz', insert: false, update: false })
  receivedAt: Date;
}
