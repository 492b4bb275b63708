import { UnitOfWork } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { NotificationRepository } from '../notifications/notification.repository';
import { ApiClientRepository } from './api-client.repository';
import { DomainEventRepository } from './domain-event.repository';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';

export function createIntegrationsRepositories(dataSource: DataSource) {
  return {
    unitOfWork: new UnitOfWork(dataSource, 'integrations'),
    domainEvents: new DomainEventRepository(dataSource),
    webhookEndpoints: new WebhookEndpointRepository(dataSource),
    webhookDeliveries: new WebhookDeliveryRepository(dataSource),
    apiClients: new ApiClientRepository(dataSource),
    notifications: new NotificationRepository(dataSource),
  };
}

export type IntegrationsRepositories = ReturnType<typeof createIntegrationsRepositories>;
