import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One mail sent: to whom, of what kind, about which events (or, for a digest, which time entries). */
@Entity({ name: 'sent_mails' })
export class SentMailEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  person: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  recipient: string;

  /** What makes the mail unique (notifier.ts), so it is never sent twice. */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ name: 'event_ids', type: 'text', array: true })
  eventIds: string[];

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
