import { randomUUID } from 'node:crypto';
import { type Logger, PollingWorker, retryDelayMs } from '@careergraph/kit';
import type { WebhookSettings } from '../config/integrations-settings';
import type { IntegrationsRepositories } from '../repositories';
import type { AttemptOutcome, ClaimedDelivery } from '../repositories/webhook-delivery.repository';
import type { PartnerStudentReader } from './partner-student-reader';
import { postWebhook } from './webhook-post';
import { signWebhook, type WebhookSecretBox } from './webhook-secrets';

export interface WebhookDeliveryWorkerDeps {
  repositories: IntegrationsRepositories;
  logger: Logger;
  secrets: WebhookSecretBox;
  students: PartnerStudentReader;
  settings: WebhookSettings;
}

/** The longest error text kept on a delivery. */
const MAX_ERROR_LENGTH = 500;

/**
 * Sends the webhook delivery queue: each round claims a batch of due deliveries (SKIP LOCKED, see
 * WebhookDeliveryRepository.claimDue), builds each payload as the endpoint's partner may read it,
 * signs it per Standard Webhooks and POSTs it; a 2xx is DELIVERED, anything else FAILED with its
 * next attempt after exponential backoff with jitter, and DEAD after the last allowed attempt.
 */
export class WebhookDeliveryWorker extends PollingWorker {
  constructor(private readonly deps: WebhookDeliveryWorkerDeps) {
    super({ name: 'webhook-delivery', intervalMs: deps.settings.pollMs, logger: deps.logger });
  }

  /** One round; returns how many deliveries it attempted. */
  async runOnce(): Promise<number> {
    const { repositories, settings } = this.deps;
    // Long enough for the student read and the POST, each bounded by the timeout.
    const claimed = await repositories.webhookDeliveries.claimDue(settings.batchSize, 3 * settings.timeoutMs);
    if (claimed.length === 0) return 0;
    const sealed = await repositories.webhookEndpoints.sealedSecrets([...new Set(claimed.map((delivery) => delivery.endpointId))]);
    const requestId = `webhook-delivery-${randomUUID()}`;
    const outcomes = await Promise.all(claimed.map((delivery) => this.attempt(delivery, sealed.get(delivery.endpointId)!, requestId)));
    await repositories.webhookDeliveries.recordOutcomes(outcomes, settings.maxAttempts);
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery, sealedSecret: string, requestId: string): Promise<AttemptOutcome> {
    const failed = (error: string, responseStatus: number | null = null): AttemptOutcome => ({
      id: delivery.id,
      delivered: false,
      responseStatus,
      error: error.slice(0, MAX_ERROR_LENGTH),
      retryDelayMs: retryDelayMs(delivery.attempts, this.deps.settings.retry),
    });
    try {
      const body = JSON.stringify(await this.payloadOf(delivery, requestId));
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = signWebhook(this.deps.secrets.open(sealedSecret), delivery.id, timestamp, body);
      const headers = { 'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
      const status = await postWebhook(delivery.url, headers, body, this.deps.settings.timeoutMs);
      if (status >= 200 && status < 300) return { id: delivery.id, delivered: true, responseStatus: status, error: null, retryDelayMs: 0 };
      return failed(`the receiver answered HTTP ${status}`, status);
    } catch (error) {
      this.deps.logger.warn({ err: error, worker: this.name, delivery: delivery.id, requestId }, 'webhook delivery attempt failed');
      return failed((error as Error).message);
    }
  }

  /** `{ type, timestamp, data }`; `data.student` only when the event names a student the partner may read. */
  private async payloadOf(delivery: ClaimedDelivery, requestId: string) {
    const student = delivery.studentId
      ? await this.deps.students.read(delivery.partnerId, delivery.endpointId, delivery.studentId, requestId)
      : null;
    return {
      type: delivery.eventType,
      timestamp: delivery.occurredAt.toISOString(),
      data: student ? { ...delivery.data, student } : delivery.data,
    };
  }
}
