import type { IntegrationsSettings } from '../config/integrations-settings';
import type { IntegrationsRepositories } from '../repositories';
import type { Notifications } from '../notifications';
import { ApiClientService } from './api-client.service';
import { DomainEventService } from './domain-event.service';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointService } from './webhook-endpoint.service';
import { WebhookSecretBox } from '../webhooks/webhook-secrets';

export function createIntegrationsServices(repositories: IntegrationsRepositories, settings: IntegrationsSettings, notifications: Notifications) {
  const webhookDeliveries = new WebhookDeliveryService(repositories);
  return {
    domainEvents: new DomainEventService(repositories, [webhookDeliveries.queueNewEvents]),
    webhookEndpoints: new WebhookEndpointService(repositories, new WebhookSecretBox(settings.webhooks.secretsKey), settings.webhooks),
    webhookDeliveries,
    apiClients: new ApiClientService(repositories),
    notificationPreferences: notifications.preferences,
  };
}

export type IntegrationsServices = ReturnType<typeof createIntegrationsServices>;
