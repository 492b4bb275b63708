import { randomUUID } from 'node:crypto';
import { type Logger, type Mailer, PollingWorker, renderMail, type TransactionalMailContent } from '@careergraph/kit';
import type { DomainEventEntity } from '../entities/domain-event.entity';
import { NotifiedStudentFragmentDoc } from '../generated/owners/graphql';
import { person } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';
import type { NotificationOwners } from './notification-owners';
import type { NotificationSettings } from './notification-settings';

/** The INTERNAL inbox events that ask for a one-time link to be mailed. */
const LINK_EVENT_TYPES = ['agreement.guardian-link-requested', 'partner.invitation-issued'] as const;
/** Its place in the inbox (integrations.notification_cursors). */
const CURSOR = 'one-time-links';
const BATCH = 50;
/** The owner answered, and said no: the event needs no mail (e.g. the guardian signed meanwhile). */
const REFUSALS = ['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'];

const ISSUE_GUARDIAN_LINK = `mutation IssueGuardianSigningLink($placementId: ID!) {
  issueGuardianSigningLink(placementId: $placementId) { token url expiresAt version guardianName guardianEmail }
}`;
const ISSUE_INVITATION_LINK = `mutation IssuePartnerInvitationLink($invitationId: ID!) {
  issuePartnerInvitationLink(invitationId: $invitationId) { token url expiresAt }
}`;

/** What the mail log calls these mails: transactional, so no person can turn them off (not NotificationKinds). */
type OneTimeLinkMailKind = 'GUARDIAN_SIGNING_LINK' | 'PARTNER_INVITATION_LINK';

export interface OneTimeLinkMailDeps {
  mailer: Mailer;
  repository: NotificationRepository;
  owners: (request: { requestId: string }) => NotificationOwners;
  settings: Pick<NotificationSettings, 'pollMs' | 'publicUrl'>;
  logger: Logger;
}

/** A link as the owner minted it; `url` is the gateway page, relative to PUBLIC_URL or absolute. */
interface MintedLink {
  url: string;
  expiresAt: string;
}

/** One mail to write once the link is minted; `mint` returns null when the owner refused (nothing to mail). */
interface PendingMail {
  kind: OneTimeLinkMailKind;
  to: string;
  mint: () => Promise<MintedLink | null>;
  compose: (link: MintedLink) => { subject: string; content: TransactionalMailContent };
}

type OneTimeLinkOutcome = 'sent' | 'already-sent' | 'refused' | 'skipped';

/**
 * Mails one-time links (a guardian's signing link, a partner's invitation) from INTERNAL inbox
 * events, the only reader of those. The link is minted by its owner's SERVICE-only mutation at send
 * time, put in the mail and forgotten: the owner keeps its hash, this subgraph no token (the mail
 * log holds kind, address and event id; nothing is logged of the answer), and the event's data is
 * emptied once it is mailed or refused (the inbox keeps its envelope). The log's key per event
 * makes it mail once; a failed send releases the key, and the next pass mints a new link (the
 * owner's earlier one stays valid until used or expired). Transactional: no preference stops it and
 * it has no unsubscribe link, only a line saying why it came.
 */
export class OneTimeLinkMailWorker extends PollingWorker {
  constructor(private readonly deps: OneTimeLinkMailDeps) {
    super({ name: 'one-time-link-mails', intervalMs: deps.settings.pollMs, logger: deps.logger });
  }

  /** One pass: returns how many events it handled. */
  override async runOnce(now = new Date()): Promise<number> {
    const events = await this.deps.repository.eventsAfter(CURSOR, LINK_EVENT_TYPES, BATCH, 'INTERNAL');
    if (events.length === 0) return 0;
    const owners = this.deps.owners({ requestId: randomUUID() });
    let handled = 0;
    try {
      for (const event of events) {
        await this.handle(event, owners, now);
        handled++;
      }
    } finally {
      // Up to the last event fully handled; a failure is retried from the next one on the next pass.
      if (handled > 0) {
        // Mailed or refused for good, an event's address is no longer needed here (the mail log keeps the recipient).
        await this.deps.repository.forgetInternalData(events.slice(0, handled).map((event) => event.id));
        await this.deps.repository.advance(CURSOR, events[handled - 1].sequence);
      }
    }
    return handled;
  }

  private async handle(event: DomainEventEntity, owners: NotificationOwners, now: Date): Promise<OneTimeLinkOutcome> {
    // Handled before, its data forgotten (the inbox read again from an earlier place): nothing to mail.
    if (Object.keys(event.data ?? {}).length === 0) return 'skipped';
    const pending = event.type === 'agreement.guardian-link-requested' ? await this.guardianMail(event, owners) : this.invitationMail(event, owners);
    if (!pending) return 'skipped';
    const claim = await this.deps.repository.claim({
      person: person.address(pending.to),
      kind: pending.kind,
      recipient: pending.to,
      dedupeKey: `${pending.kind}:${event.id}`,
      eventIds: [event.id],
      sentAt: now,
    });
    if (!claim) return 'already-sent';
    try {
      const link = await pending.mint();
      if (!link) {
        await this.deps.repository.release(claim);
        return 'refused';
      }
      const { subject, content } = pending.compose({ ...link, url: this.absolute(link.url) });
      await this.deps.mailer.send({ to: pending.to, subject, ...renderMail(content) });
    } catch (error) {
      await this.deps.repository.release(claim);
      throw error;
    }
    this.deps.logger.info({ kind: pending.kind, event: event.id }, 'one-time link mailed');
    return 'sent';
  }

  private async guardianMail(event: DomainEventEntity, owners: NotificationOwners): Promise<PendingMail | null> {
    const { guardianName, guardianEmail, version } = event.data as { guardianName?: string; guardianEmail?: string; version?: number };
    if (!guardianEmail) return this.malformed(event, 'guardianEmail');
    const student = event.studentId ? await owners.students.load(NotifiedStudentFragmentDoc, event.studentId) : null;
    const whose = student?.preferredName ? `${student.preferredName}'s` : 'your student’s';
    return {
      kind: 'GUARDIAN_SIGNING_LINK',
      to: guardianEmail,
      mint: async () => {
        const minted = await this.mint<{ issueGuardianSigningLink: MintedLink & { version: number } }>(event, () =>
          owners.placements.execute(ISSUE_GUARDIAN_LINK, { placementId: event.subjectId }),
        );
        const link = minted?.issueGuardianSigningLink ?? null;
        // A newer version was prepared since: its own event mails its guardian; this link just expires unused.
        if (link && version !== undefined && link.version !== version) return null;
        return link;
      },
      compose: (link) => ({
        subject: `Please sign ${whose} training agreement`,
        content: {
          greeting: guardianName ? `Hello ${guardianName},` : 'Hello,',
          paragraphs: [
            `${whose[0].toUpperCase()}${whose.slice(1)} school asks you, as their parent or guardian, to read and sign the training agreement of their work-based learning placement.`,
            'A student under 18 at the start may begin a placement only once a parent or guardian has signed it.',
            `The link works once, until ${formatInstant(link.expiresAt)}. If it has expired or the agreement changed, ask the school for a new one.`,
          ],
          action: { label: 'Read and sign the agreement', url: link.url },
          transactional: 'You receive this one mail because the school named you as the parent or guardian for this agreement. It is not a subscription, so there is nothing to unsubscribe from; if you did not expect it, do not use the link and tell the school.',
        },
      }),
    };
  }

  private invitationMail(event: DomainEventEntity, owners: NotificationOwners): PendingMail | null {
    const { email, partnerName } = event.data as { email?: string; partnerName?: string };
    if (!email) return this.malformed(event, 'email');
    const organisation = partnerName ?? 'your organisation';
    return {
      kind: 'PARTNER_INVITATION_LINK',
      to: email,
      mint: async () => {
        const minted = await this.mint<{ issuePartnerInvitationLink: MintedLink }>(event, () =>
          owners.partners.execute(ISSUE_INVITATION_LINK, { invitationId: event.subjectId }),
        );
        return minted?.issuePartnerInvitationLink ?? null;
      },
      compose: (link) => ({
        subject: `You are invited to set up ${organisation} on CareerGraph`,
        content: {
          greeting: 'Hello,',
          paragraphs: [
            `The school district's work-based learning staff invite you to complete ${organisation}'s profile on CareerGraph, so it can host students' placements.`,
            'Sign in with this e-mail address, then accept the invitation on the page the link opens.',
            `The link works once, until ${formatInstant(link.expiresAt)}. If it has expired, ask the district for a new invitation.`,
          ],
          action: { label: 'Open the invitation', url: link.url },
          transactional: 'You receive this one mail because district staff invited this address. It is not a subscription, so there is nothing to unsubscribe from; if you did not expect it, ignore it.',
        },
      }),
    };
  }

  /** The owner's answer, or null when it refused (logged by code, never with the answer). */
  private async mint<T>(event: DomainEventEntity, ask: () => Promise<T>): Promise<T | null> {
    try {
      return await ask();
    } catch (error) {
      const code = (error as { extensions?: { ownerCode?: string | null; ownerRule?: string | null } }).extensions;
      if (!code?.ownerCode || !REFUSALS.includes(code.ownerCode)) throw error;
      this.deps.logger.info({ event: event.id, type: event.type, code: code.ownerCode, rule: code.ownerRule }, 'the owner issued no link; nothing mailed');
      return null;
    }
  }

  private malformed(event: DomainEventEntity, field: string): null {
    this.deps.logger.warn({ event: event.id, type: event.type, field }, 'a one-time link event without its address; nothing mailed');
    return null;
  }

  /** The owner's link on the gateway's public address (an absolute http(s) one as it is). */
  private absolute(url: string): string {
    const resolved = new URL(url, `${this.deps.settings.publicUrl}/`);
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') throw new Error(`an owner minted a link that is not http(s)`);
    return resolved.toString();
  }
}

/** e.g. "21 December 2026, 14:05 UTC": unambiguous to any reader. */
function formatInstant(iso: string): string {
  const at = new Date(iso);
  const date = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}
