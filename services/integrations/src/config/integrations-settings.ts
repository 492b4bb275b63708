import { EnvReader, requireOwnerUrls, type RetrySchedule } from '@careergraph/kit';
import { type NotificationSettings, readNotificationSettings } from '../notifications/notification-settings';

export interface WebhookSettings {
  /** Attempts before a delivery is DEAD (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** How long a receiver has to answer one POST (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Delay after the first failure, doubling (with jitter) up to the cap (WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_CAP_MS). */
  retry: RetrySchedule;
  /** Deliveries one worker round sends (WEBHOOK_BATCH_SIZE). */
  batchSize: number;
  /** The pause after a round that found nothing due (WEBHOOK_POLL_MS). */
  pollMs: number;
  /**
   * The key the endpoints' signing secrets are encrypted with at rest (WEBHOOK_SECRETS_KEY, at
   * least 32 characters; required in production, a public development key elsewhere).
   */
  secretsKey: string;
  /** Whether plain-HTTP loopback URLs are refused too (production). */
  httpsOnly: boolean;
}

export interface IntegrationsSettings {
  /** Where the students subgraph answers: webhook payloads read the student from it as the partner. */
  studentsUrl: string;
  webhooks: WebhookSettings;
  /** E-mail notifications (notifications/notification-settings.ts). */
  notifications: NotificationSettings;
}

/** Public (it is in the repository): encrypts development secrets only. */
export const DEVELOPMENT_WEBHOOK_SECRETS_KEY = 'careergraph-development-webhook-secrets-key';

export function loadIntegrationsSettings(
  subgraphUrls: Record<string, string>,
  source: Record<string, string | undefined> = process.env,
): IntegrationsSettings {
  const owners = requireOwnerUrls(subgraphUrls, ['students']);
  const env = new EnvReader(source);
  const production = env.string('NODE_ENV') === 'production';
  const secretsKey = production ? env.required('WEBHOOK_SECRETS_KEY') : env.string('WEBHOOK_SECRETS_KEY', DEVELOPMENT_WEBHOOK_SECRETS_KEY);
  if (secretsKey && secretsKey.length < 32) env.reject('WEBHOOK_SECRETS_KEY', 'must be at least 32 characters (openssl rand -hex 32)');
  const settings: IntegrationsSettings = {
    studentsUrl: owners.students,
    webhooks: {
      maxAttempts: env.int('WEBHOOK_MAX_ATTEMPTS', 8, { min: 1, max: 50 }),
      timeoutMs: env.int('WEBHOOK_TIMEOUT_MS', 10_000, { min: 100, max: 60_000 }),
      // 30 s doubling to 6 h: 8 attempts span about 3 hours of an unreachable receiver.
      retry: {
        baseMs: env.int('WEBHOOK_RETRY_BASE_MS', 30_000, { min: 100, max: 3_600_000 }),
        capMs: env.int('WEBHOOK_RETRY_CAP_MS', 6 * 3_600_000, { min: 100, max: 7 * 24 * 3_600_000 }),
      },
      batchSize: env.int('WEBHOOK_BATCH_SIZE', 20, { min: 1, max: 500 }),
      pollMs: env.int('WEBHOOK_POLL_MS', 2_000, { min: 50, max: 600_000 }),
      secretsKey,
      httpsOnly: production,
    },
    notifications: readNotificationSettings(env, production, subgraphUrls),
  };
  env.done();
  return settings;
}
