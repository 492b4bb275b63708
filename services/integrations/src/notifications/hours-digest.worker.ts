import { randomUUID } from 'node:crypto';
import { type Logger, PollingWorker } from '@careergraph/kit';
import { person } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';
import { NotifiedContactFragmentDoc } from '../generated/owners/graphql';
import type { NotificationOwners } from './notification-owners';
import type { NotificationSettings } from './notification-settings';
import { listKey, type Notifier } from './notifier';

const DAY_MS = 86_400_000;

const PENDING_TIME_ENTRIES = `query PendingTimeEntries($submittedBefore: DateTime!) {
  reportingPendingTimeEntries(submittedBefore: $submittedBefore) { id placementId supervisorId workDate hours submittedAt }
}`;

interface PendingTimeEntry {
  id: string;
  placementId: string;
  supervisorId: string;
  workDate: string;
  hours: number;
  submittedAt: string;
}

export interface HoursDigestDeps {
  notifier: Notifier;
  repository: NotificationRepository;
  owners: (request: { requestId: string }) => NotificationOwners;
  settings: Pick<NotificationSettings, 'hoursDigestAfterDays' | 'digestPollMs'>;
  logger: Logger;
}

/**
 * One mail per supervisor listing every time entry that has waited SUBMITTED for more than
 * HOURS_DIGEST_AFTER_DAYS: not one per entry, and none within a day of a digest that already listed
 * all of them (a new entry past the threshold brings the next digest forward).
 */
export class HoursDigestWorker extends PollingWorker {
  constructor(private readonly deps: HoursDigestDeps) {
    super({ name: 'hours-digest', intervalMs: deps.settings.digestPollMs, logger: deps.logger });
  }

  /** One pass at `now`: returns how many digests were mailed. */
  override async runOnce(now = new Date()): Promise<number> {
    const owners = this.deps.owners({ requestId: randomUUID() });
    const submittedBefore = new Date(now.getTime() - this.deps.settings.hoursDigestAfterDays * DAY_MS);
    const { reportingPendingTimeEntries: entries } = await owners.placements.execute<{ reportingPendingTimeEntries: PendingTimeEntry[] }>(
      PENDING_TIME_ENTRIES,
      { submittedBefore: submittedBefore.toISOString() },
    );
    const bySupervisor = new Map<string, PendingTimeEntry[]>();
    for (const entry of entries) bySupervisor.set(entry.supervisorId, [...(bySupervisor.get(entry.supervisorId) ?? []), entry]);
    const supervisorIds = [...bySupervisor.keys()];
    const contacts = await owners.partners.loadMany(NotifiedContactFragmentDoc, supervisorIds);
    let mailed = 0;
    for (const [i, supervisorId] of supervisorIds.entries()) {
      const contact = contacts[i];
      const waiting = bySupervisor.get(supervisorId)!;
      if (!contact) {
        this.deps.logger.warn({ supervisorId, entries: waiting.length }, 'hours digest: the supervisor is unknown to partners');
        continue;
      }
      const who = person.contact(contact.id);
      const told = await this.deps.repository.recentlyMailedIds(who, 'HOURS_AWAITING_APPROVAL', new Date(now.getTime() - DAY_MS));
      if (waiting.every((entry) => told.has(entry.id))) continue;
      try {
        const outcome = await this.deps.notifier.notify(
          {
            person: who,
            kind: 'HOURS_AWAITING_APPROVAL',
            to: contact.email,
            subject: `${count(waiting.length, 'time entry', 'time entries')} ${waiting.length === 1 ? 'awaits' : 'await'} your approval`,
            content: {
              greeting: `Hello ${contact.firstName},`,
              paragraphs: [
                `These hours were submitted more than ${count(this.deps.settings.hoursDigestAfterDays, 'day', 'days')} ago and still await your decision. Please approve or reject them in CareerGraph or your partner system.`,
              ],
              items: waiting.map((entry) => `${entry.workDate}: ${formatHours(entry.hours)} (submitted ${entry.submittedAt.slice(0, 10)})`),
            },
            eventIds: waiting.map((entry) => entry.id),
            // Two replicas passing at once list the same entries on the same day: one mail.
            dedupeKey: listKey('HOURS_AWAITING_APPROVAL', who, waiting.map((entry) => entry.id), now.toISOString().slice(0, 10)),
          },
          now,
        );
        if (outcome === 'sent') mailed++;
      } catch (error) {
        // One relay refusal costs this supervisor's digest only; the next pass tries again.
        this.deps.logger.error({ err: error, supervisorId }, 'hours digest: mail not sent');
      }
    }
    return mailed;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatHours(hours: number): string {
  return `${Number(hours.toFixed(2))} h`;
}
