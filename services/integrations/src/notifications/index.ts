import { DEVELOPMENT_SIGNING_SECRET, Mailer, type SubgraphRuntimeDeps, type UnitOfWork, UnsubscribeTokens } from '@careergraph/kit';
import { ComplianceReminderWorker } from './compliance-reminder.worker';
import { EventMailWorker } from './event-mail.worker';
import { HoursDigestWorker } from './hours-digest.worker';
import { NotificationPreferenceService } from './notification-preference.service';
import type { NotificationRepository } from './notification.repository';
import { notificationOwners } from './notification-owners';
import type { NotificationSettings } from './notification-settings';
import { Notifier } from './notifier';
import { OneTimeLinkMailWorker } from './one-time-link-mail.worker';

export { NotificationPreferenceEntity } from './notification-preference.entity';
export { NotificationRepository } from './notification.repository';
export { type NotificationSettings, readNotificationSettings } from './notification-settings';
export { SentMailEntity } from './sent-mail.entity';
export { mountUnsubscribeRoutes } from './unsubscribe-routes';

/** E-mail notifications, built once per process: the preferences service and the mailing workers. */
export function createNotifications(
  deps: SubgraphRuntimeDeps,
  settings: NotificationSettings,
  repositories: { notifications: NotificationRepository; unitOfWork: UnitOfWork },
) {
  // The subgraph signer already refused a production start without secrets.
  const tokens = new UnsubscribeTokens(deps.signingSecrets?.length ? deps.signingSecrets : [DEVELOPMENT_SIGNING_SECRET]);
  const repository = repositories.notifications;
  const mailer = new Mailer(settings.mail);
  const notifier = new Notifier(repository, mailer, tokens, settings.publicUrl, deps.logger);
  const owners = notificationOwners(settings, deps.signer);
  const workerDeps = { notifier, repository, owners, settings, logger: deps.logger };
  return {
    preferences: new NotificationPreferenceService(repository, repositories.unitOfWork, tokens),
    notifier,
    hoursDigest: new HoursDigestWorker(workerDeps),
    eventMails: new EventMailWorker(workerDeps),
    complianceReminders: new ComplianceReminderWorker(workerDeps),
    oneTimeLinks: new OneTimeLinkMailWorker({ mailer, repository, owners, settings, logger: deps.logger }),
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
