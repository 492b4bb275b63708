import { randomUUID } from 'node:crypto';
import { addDays, type Logger, PollingWorker } from '@careergraph/kit';
import { person } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';
import type { NotificationOwners } from './notification-owners';
import type { NotificationSettings } from './notification-settings';
import { listKey, type Notifier } from './notifier';

/** How far ahead the coordinator is told of what expires. */
export const COMPLIANCE_HORIZON_DAYS = 30;

const EXPIRING_COMPLIANCE = `query ExpiringCompliance($from: Date!, $to: Date!) {
  reportingExpiringCompliance(from: $from, to: $to) { kind partnerId partnerName contactId contactName expiresOn }
}`;

interface ExpiringItem {
  kind: 'INSURANCE' | 'AGREEMENT' | 'BACKGROUND_CHECK';
  partnerId: string;
  partnerName: string;
  contactId: string | null;
  contactName: string | null;
  expiresOn: string;
}

const WHAT: Record<ExpiringItem['kind'], string> = {
  INSURANCE: 'certificate of insurance',
  AGREEMENT: 'work-based learning agreement',
  BACKGROUND_CHECK: 'background check',
};

export interface ComplianceReminderDeps {
  notifier: Notifier;
  repository: NotificationRepository;
  owners: (request: { requestId: string }) => NotificationOwners;
  settings: Pick<NotificationSettings, 'coordinatorEmail' | 'digestPollMs'>;
  logger: Logger;
}

/**
 * One mail to the district coordinator (DISTRICT_COORDINATOR_EMAIL) listing the partners'
 * insurance, agreements and background checks that expire within 30 days and were not listed
 * before: each expiry is told once (a renewal has a new date, so its own expiry is told in turn).
 */
export class ComplianceReminderWorker extends PollingWorker {
  constructor(private readonly deps: ComplianceReminderDeps) {
    super({ name: 'compliance-reminders', intervalMs: deps.settings.digestPollMs, logger: deps.logger });
  }

  /** One pass at `now`: returns 1 when a reminder was mailed. */
  override async runOnce(now = new Date()): Promise<number> {
    const { coordinatorEmail } = this.deps.settings;
    if (!coordinatorEmail) return 0;
    const from = now.toISOString().slice(0, 10);
    const owners = this.deps.owners({ requestId: randomUUID() });
    const { reportingExpiringCompliance: items } = await owners.partners.execute<{ reportingExpiringCompliance: ExpiringItem[] }>(EXPIRING_COMPLIANCE, {
      from,
      to: addDays(from, COMPLIANCE_HORIZON_DAYS),
    });
    const coordinator = person.address(coordinatorEmail);
    // An expiry listed within the horizon (and a day's margin) was told already.
    const told = await this.deps.repository.recentlyMailedIds(coordinator, 'EXPIRING_COMPLIANCE', new Date(now.getTime() - (COMPLIANCE_HORIZON_DAYS + 1) * 86_400_000));
    const fresh = items.filter((item) => !told.has(keyOf(item)));
    if (fresh.length === 0) return 0;
    const outcome = await this.deps.notifier.notify(
      {
        person: coordinator,
        kind: 'EXPIRING_COMPLIANCE',
        to: coordinatorEmail,
        subject: `${fresh.length} partner ${fresh.length === 1 ? 'document expires' : 'documents expire'} within ${COMPLIANCE_HORIZON_DAYS} days`,
        content: {
          greeting: 'Hello,',
          paragraphs: [`These expire within ${COMPLIANCE_HORIZON_DAYS} days; a partner or supervisor whose papers lapse can no longer host students.`],
          items: fresh.map((item) => `${item.expiresOn}: ${item.partnerName}, ${WHAT[item.kind]}${item.contactName ? ` of ${item.contactName}` : ''}`),
        },
        eventIds: fresh.map(keyOf),
        dedupeKey: listKey('EXPIRING_COMPLIANCE', coordinator, fresh.map(keyOf)),
      },
      now,
    );
    return outcome === 'sent' ? 1 : 0;
  }
}

function keyOf(item: ExpiringItem): string {
  return `${item.kind}:${item.contactId ?? item.partnerId}:${item.expiresOn}`;
}
