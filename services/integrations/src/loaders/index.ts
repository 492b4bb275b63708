import type { Caller } from '@careergraph/kit';
import { apiClientScope, webhookEndpointScope } from '../policy';
import type { IntegrationsRepositories } from '../repositories';
import { apiClientsByPartnerLoader } from './api-clients-by-partner.loader';
import { webhookEndpointByIdLoader } from './webhook-endpoint-by-id.loader';
import { webhookEndpointsByPartnerLoader } from './webhook-endpoints-by-partner.loader';

/**
 * A fresh set per request, so no cached row outlives the request that read it; a partner's lists
 * are narrowed to the `caller`'s reach in SQL.
 */
export function createIntegrationsLoaders(repositories: IntegrationsRepositories, caller: Caller) {
  return {
    webhookEndpointById: webhookEndpointByIdLoader(repositories.webhookEndpoints),
    apiClientsByPartner: apiClientsByPartnerLoader(repositories.apiClients, apiClientScope.rowsFor(caller)),
    webhookEndpointsByPartner: webhookEndpointsByPartnerLoader(repositories.webhookEndpoints, webhookEndpointScope.rowsFor(caller)),
  };
}

export type IntegrationsLoaders = ReturnType<typeof createIntegrationsLoaders>;
