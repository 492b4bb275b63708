import type { Connection } from '@careergraph/kit';
import type { DomainEventEntity } from './entities/domain-event.entity';
import type { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import type { WebhookEndpointEntity } from './entities/webhook-endpoint.entity';

/** What connection resolvers receive: a page of entities plus a lazy count (codegen mappers). */
export type DomainEventConnection = Connection<DomainEventEntity>;
export type WebhookEndpointConnection = Connection<WebhookEndpointEntity>;
export type WebhookDeliveryConnection = Connection<WebhookDeliveryEntity>;

/** Another subgraph's entity, as a reference this subgraph resolves fields on. */
export interface EntityKey {
  id: string;
}
