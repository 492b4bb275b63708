import { isUuid } from '@careergraph/kit';
import type { PartnerResolvers } from '../generated/graphql';

export const Partner: PartnerResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  credentialsIssued: (partner, _, { loaders }) => loaders.credentialsByIssuer.load(partner.id),
};
