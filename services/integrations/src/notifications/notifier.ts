import { createHash } from 'node:crypto';
import { type Logger, type MailContent, type Mailer, renderMail, type UnsubscribeTokens } from '@careergraph/kit';
import type { NotificationKind } from '../generated/graphql';
import { NOTIFICATION_KINDS } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';

export interface Notification {
  person: string;
  kind: NotificationKind;
  to: string;
  subject: string;
  content: Omit<MailContent, 'unsubscribeUrl' | 'unsubscribeWhat'>;
  /** The events (or time entries) it is about, for the log. */
  eventIds: string[];
  /**
   * What makes the mail unique, so it is never sent twice (by a second pass or another replica): for
   * a mail about one event `<kind>:<event id>`; for a list, `listKey` of what it lists.
   */
  dedupeKey: string;
}

/** A list mail's key: who, which kind, the set of ids listed and a scope (e.g. the day). */
export function listKey(kind: NotificationKind, person: string, ids: readonly string[], scope = ''): string {
  const digest = createHash('sha256').update([...ids].sort().join(',')).digest('base64url');
  return `${kind}:${person}:${scope}:${digest}`;
}

export type NotifyOutcome = 'sent' | 'turned-off' | 'already-sent';

/** The one way a notification is mailed: the person's preference, the log, the unsubscribe link, then SMTP. */
export class Notifier {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly mailer: Mailer,
    private readonly tokens: UnsubscribeTokens,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  /** The link a mail of `kind` to `person` carries (GET shows a confirmation, POST is RFC 8058's one click). */
  unsubscribeUrl(person: string, kind: NotificationKind, now: Date): string {
    return `${this.publicUrl}/notifications/unsubscribe?token=${encodeURIComponent(this.tokens.sign({ person, kind }, now))}`;
  }

  async notify(notification: Notification, now: Date): Promise<NotifyOutcome> {
    const { person, kind } = notification;
    if (!(await this.repository.isEnabled(person, kind))) return 'turned-off';
    const claim = await this.repository.claim({
      person,
      kind,
      recipient: notification.to,
      dedupeKey: notification.dedupeKey,
      eventIds: notification.eventIds,
      sentAt: now,
    });
    if (!claim) return 'already-sent';
    const unsubscribeUrl = this.unsubscribeUrl(person, kind, now);
    try {
      await this.mailer.send({
        to: notification.to,
        subject: notification.subject,
        unsubscribeUrl,
        ...renderMail({ ...notification.content, unsubscribeUrl, unsubscribeWhat: NOTIFICATION_KINDS[kind] }),
      });
    } catch (error) {
      await this.repository.release(claim);
      throw error;
    }
    this.logger.info({ kind, person, events: notification.eventIds.length }, 'notification mailed');
    return 'sent';
  }
}
