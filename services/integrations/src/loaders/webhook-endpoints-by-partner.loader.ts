import { connectionLoader, type RowFilter } from '@careergraph/kit';
import type { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';

/** A partner's `webhookEndpoints(first, after)` in the caller's reach, batched across the partners asked for. */
export function webhookEndpointsByPartnerLoader(endpoints: WebhookEndpointRepository, scope: RowFilter) {
  return connectionLoader<WebhookEndpointEntity, Record<string, never>>({
    page: (partnerIds, _filter, page) => endpoints.pageByPartners(partnerIds, scope, page),
    count: (partnerIds) => endpoints.countByPartners(partnerIds, scope),
    parentOf: (endpoint) => endpoint.partnerId,
    cursorOf: WebhookEndpointRepository.cursorOf,
    arity: 1,
  });
}
