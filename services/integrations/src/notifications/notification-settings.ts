import { type EntityLookupSettings, type EnvReader, type MailSettings, readEntityLookupSettings, readMailSettings } from '@careergraph/kit';

export interface NotificationSettings extends EntityLookupSettings {
  mail: MailSettings;
  /** Where the students, partners and placements subgraphs answer: recipients and pending hours are read there. */
  ownerUrls: { students: string; partners: string; placements: string };
  /** The gateway's public address, for the links in mails (PUBLIC_URL). */
  publicUrl: string;
  /** Days a time entry waits SUBMITTED before its supervisor's digest lists it (HOURS_DIGEST_AFTER_DAYS). */
  hoursDigestAfterDays: number;
  /** Where reminders of expiring insurance, agreements and background checks go (DISTRICT_COORDINATOR_EMAIL). */
  coordinatorEmail?: string;
  /** How often the event mails look for new events (NOTIFICATIONS_POLL_MS). */
  pollMs: number;
  /** How often the hours digest looks for entries past the threshold (HOURS_DIGEST_POLL_MS). */
  digestPollMs: number;
}

/** SMTP_URL, MAIL_FROM and PUBLIC_URL are required in production; development mails go to `npm start`'s catcher. */
export function readNotificationSettings(env: EnvReader, production: boolean, subgraphUrls: Record<string, string>): NotificationSettings {
  const publicUrl = env.url('PUBLIC_URL', ['https:', 'http:'], production ? undefined : 'http://127.0.0.1:4000');
  const coordinatorEmail = env.string('DISTRICT_COORDINATOR_EMAIL');
  if (coordinatorEmail !== undefined && !/^[^\s@]+@[^\s@]+$/.test(coordinatorEmail)) {
    env.reject('DISTRICT_COORDINATOR_EMAIL', `must be an e-mail address, got "${coordinatorEmail}"`);
  }
  return {
    mail: readMailSettings(env, production),
    ownerUrls: { students: subgraphUrls.students, partners: subgraphUrls.partners, placements: subgraphUrls.placements },
    ...readEntityLookupSettings(env),
    publicUrl: (publicUrl ?? env.required('PUBLIC_URL')).replace(/\/+$/, ''),
    hoursDigestAfterDays: env.int('HOURS_DIGEST_AFTER_DAYS', 3, { min: 1, max: 60 }),
    coordinatorEmail,
    pollMs: env.int('NOTIFICATIONS_POLL_MS', 10_000, { min: 50, max: 86_400_000 }),
    // Often enough that a pass failed while a peer restarted is soon made up; the mail log keeps it from repeating.
    digestPollMs: env.int('HOURS_DIGEST_POLL_MS', 900_000, { min: 50, max: 86_400_000 }),
  };
}
