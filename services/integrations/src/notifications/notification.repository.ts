import { randomUUID } from 'node:crypto';
import type { EventAudience, Tx } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { DomainEventEntity } from '../entities/domain-event.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { SentMailEntity } from './sent-mail.entity';

export type NewSentMail = Omit<SentMailEntity, 'id'>;

/** Preferences, the mail log and the event mails' place in the inbox. */
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  preferencesOf(person: string): Promise<NotificationPreferenceEntity[]> {
    return this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ person });
  }

  async isEnabled(person: string, kind: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(NotificationPreferenceEntity).findOneBy({ person, kind });
    return row?.enabled ?? true;
  }

  /** One statement for every kind given. */
  async setPreferences(tx: Tx, person: string, choices: readonly { kind: string; enabled: boolean }[], now: Date): Promise<void> {
    if (choices.length === 0) return;
    await tx
      .createQueryBuilder()
      .insert()
      .into(NotificationPreferenceEntity)
      .values(choices.map(({ kind, enabled }) => ({ person, kind, enabled, updatedAt: now })))
      .orUpdate(['enabled', 'updated_at'], ['person', 'kind'])
      .execute();
  }

  /**
   * Records the mail before it is sent; false when its dedupe key is taken (another pass or process
   * sent it already), so an event never mails twice.
   */
  async claim(mail: NewSentMail): Promise<string | null> {
    const id = randomUUID();
    const result = await this.dataSource.createQueryBuilder().insert().into(SentMailEntity).values({ id, ...mail }).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length > 0 ? id : null;
  }

  /** Forgets a claim whose mail the relay refused, so the next pass tries again. */
  async release(id: string): Promise<void> {
    await this.dataSource.getRepository(SentMailEntity).delete({ id });
  }

  /** Ids a person's mails of `kind` were about since `since` (the digest's entries already told). */
  async recentlyMailedIds(person: string, kind: string, since: Date): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(SentMailEntity).createQueryBuilder('m')
      .select('m.event_ids', 'ids')
      .where('m.person = :person AND m.kind = :kind AND m.sent_at > :since', { person, kind, since })
      .getRawMany<{ ids: string[] }>();
    return new Set(rows.flatMap((row) => row.ids));
  }

  /** The inbox's events of `types` and `audience` after `cursor`'s place, in arrival order. */
  async eventsAfter(cursor: string, types: readonly string[], limit: number, audience: EventAudience = 'PUBLIC'): Promise<DomainEventEntity[]> {
    const last = await this.lastSequence(cursor);
    return this.dataSource.getRepository(DomainEventEntity).createQueryBuilder('e')
      .where('e.sequence > :last AND e.type IN (:...types) AND e.audience = :audience', { last, types, audience })
      .orderBy('e.sequence')
      .limit(limit)
      .getMany();
  }

  /**
   * Empties the data of handled INTERNAL events (the address a link was mailed to): the envelope
   * (id, type, subject, times) stays, so the inbox still knows the ids it has.
   */
  async forgetInternalData(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE integrations.domain_events SET data = '{}'::jsonb WHERE id = ANY($1::uuid[]) AND audience = 'INTERNAL' AND data <> '{}'::jsonb`,
      [[...ids]],
    );
  }

  async advance(cursor: string, sequence: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO integrations.notification_cursors (name, last_sequence) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET last_sequence = GREATEST(notification_cursors.last_sequence, EXCLUDED.last_sequence)`,
      [cursor, sequence],
    );
  }

  private async lastSequence(cursor: string): Promise<number> {
    const rows: { last_sequence: string }[] = await this.dataSource.query(`SELECT last_sequence FROM integrations.notification_cursors WHERE name = $1`, [cursor]);
    return rows.length > 0 ? Number(rows[0].last_sequence) : 0;
  }
}
