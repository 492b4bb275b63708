import { CreateIntegrationsSchema1769000000000 } from './1769000000000-create-integrations-schema';
import { CreateWebhooks1769000100000 } from './1769000100000-create-webhooks';
import { CreateApiClients1769100000000 } from './1769100000000-create-api-clients';
import { CreateNotifications1769200000000 } from './1769200000000-create-notifications';
import { DomainEventAudience1769800000000 } from './1769800000000-domain-event-audience';

/** In order; a new migration is appended here. */
export const integrationsMigrations = [CreateIntegrationsSchema1769000000000, CreateWebhooks1769000100000, CreateApiClients1769100000000, CreateNotifications1769200000000, DomainEventAudience1769800000000];
