import { isUuid } from '@careergraph/kit';
import type { PartnerResolvers } from '../generated/graphql';

export const Partner: PartnerResolvers = {
  // Partners are the partners subgraph's; here a partner is only the id its clients and endpoints hang on.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  apiClients: (partner, { includeRevoked }, { loaders }) => loaders.apiClientsByPartner(includeRevoked ?? false).load(partner.id),
  webhookEndpoints: (partner, { first, after }, { loaders }) => loaders.webhookEndpointsByPartner(partner.id, {}, { first, after }),
};
