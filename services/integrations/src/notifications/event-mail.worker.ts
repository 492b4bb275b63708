import { randomUUID } from 'node:crypto';
import { type Logger, PollingWorker } from '@careergraph/kit';
import type { DomainEventEntity } from '../entities/domain-event.entity';
import {
  type NotifiedContactFragment,
  NotifiedPartnerFragmentDoc,
  type NotifiedStudentFragment,
  NotifiedStudentFragmentDoc,
} from '../generated/owners/graphql';
import { person } from './notification-kinds';
import type { NotificationRepository } from './notification.repository';
import type { NotificationOwners } from './notification-owners';
import type { NotificationSettings } from './notification-settings';
import type { Notification, Notifier } from './notifier';

/** The inbox events that mail someone. */
const MAILED_TYPES = ['time-entry.rejected', 'placement.offered', 'placement.applied'] as const;
/** Its place in the inbox (integrations.notification_cursors). */
const CURSOR = 'event-mails';
const BATCH = 100;

export interface EventMailDeps {
  notifier: Notifier;
  repository: NotificationRepository;
  owners: (request: { requestId: string }) => NotificationOwners;
  settings: Pick<NotificationSettings, 'pollMs'>;
  logger: Logger;
}

/**
 * Reads the event inbox in arrival order and mails who an event concerns: the student of a rejected
 * time entry or an offer, a partner's coordinators of a new applicant. Events carry no personal
 * details, so addresses are read from their owners. The mail log's key per event makes a re-read
 * event (a pass that failed half way) never mail twice.
 */
export class EventMailWorker extends PollingWorker {
  constructor(private readonly deps: EventMailDeps) {
    super({ name: 'event-mails', intervalMs: deps.settings.pollMs, logger: deps.logger });
  }

  /** One pass: returns how many events it handled. */
  override async runOnce(now = new Date()): Promise<number> {
    const events = await this.deps.repository.eventsAfter(CURSOR, MAILED_TYPES, BATCH);
    if (events.length === 0) return 0;
    const owners = this.deps.owners({ requestId: randomUUID() });
    let handled = 0;
    try {
      for (const event of events) {
        for (const notification of await this.notificationsOf(event, owners)) await this.deps.notifier.notify(notification, now);
        handled++;
      }
    } finally {
      // Up to the last event fully handled; a failure is retried from the next one on the next pass.
      if (handled > 0) await this.deps.repository.advance(CURSOR, events[handled - 1].sequence);
    }
    return handled;
  }

  private async notificationsOf(event: DomainEventEntity, owners: NotificationOwners): Promise<Notification[]> {
    if (event.type === 'placement.applied') {
      const partner = event.partnerId ? await owners.partners.load(NotifiedPartnerFragmentDoc, event.partnerId) : null;
      const coordinators = (partner?.contacts ?? []).filter((contact) => contact.roles.includes('COORDINATOR'));
      return coordinators.map((contact) => newApplicant(event, contact, partner!.name));
    }
    const student = event.studentId ? await owners.students.load(NotifiedStudentFragmentDoc, event.studentId) : null;
    if (!student?.email) {
      this.deps.logger.info({ event: event.id, type: event.type }, 'no e-mail address on file for the student; not mailed');
      return [];
    }
    return [event.type === 'time-entry.rejected' ? timeEntryRejected(event, student) : placementOffered(event, student)];
  }
}

function toStudent(event: DomainEventEntity, student: NotifiedStudentFragment) {
  return { person: person.student(student.id), to: student.email!, eventIds: [event.id] };
}

function timeEntryRejected(event: DomainEventEntity, student: NotifiedStudentFragment): Notification {
  return {
    ...toStudent(event, student),
    kind: 'TIME_ENTRY_REJECTED',
    dedupeKey: `TIME_ENTRY_REJECTED:${event.id}`,
    subject: 'A time entry of yours was rejected',
    content: {
      greeting: student.preferredName ? `Hello ${student.preferredName},` : 'Hello,',
      paragraphs: ['Your supervisor rejected a time entry. Sign in to CareerGraph to see why, and submit it again corrected if it applies.'],
    },
  };
}

function placementOffered(event: DomainEventEntity, student: NotifiedStudentFragment): Notification {
  return {
    ...toStudent(event, student),
    kind: 'PLACEMENT_OFFERED',
    dedupeKey: `PLACEMENT_OFFERED:${event.id}`,
    subject: 'You were offered a placement',
    content: {
      greeting: student.preferredName ? `Hello ${student.preferredName},` : 'Hello,',
      paragraphs: ['You were offered a work-based learning placement. Sign in to CareerGraph, or talk to your school, to accept or decline it.'],
    },
  };
}

function newApplicant(event: DomainEventEntity, contact: NotifiedContactFragment, partnerName: string): Notification {
  return {
    person: person.contact(contact.id),
    to: contact.email,
    eventIds: [event.id],
    kind: 'NEW_APPLICANT',
    dedupeKey: `NEW_APPLICANT:${event.id}:${contact.id}`,
    subject: `A new applicant for ${partnerName}`,
    content: {
      greeting: `Hello ${contact.firstName},`,
      paragraphs: [`A student applied to an opportunity of ${partnerName}. Review the application in CareerGraph or your partner system.`],
    },
  };
}
