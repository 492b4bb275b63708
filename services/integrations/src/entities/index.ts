import { AuditEventEntity } from '@careergraph/kit';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { SentMailEntity } from '../notifications/sent-mail.entity';
import { ApiClientEntity } from './api-client.entity';
import { DomainEventEntity } from './domain-event.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export { ApiClientEntity, DomainEventEntity, WebhookDeliveryEntity, WebhookEndpointEntity };

export const integrationsEntities = [DomainEventEntity, WebhookEndpointEntity, WebhookDeliveryEntity, ApiClientEntity, NotificationPreferenceEntity, SentMailEntity, AuditEventEntity];
