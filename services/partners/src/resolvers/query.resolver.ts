import { parseId } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  partner: (_, { id }, { loaders }) => loaders.partnerById.load(parseId('id', id)),
  partners: (_, { filter, first, after }, { services }) => services.partners.list(filter, { first, after }),
  opportunity: (_, { id }, { loaders }) => loaders.opportunityById.load(parseId('id', id)),
  opportunities: (_, { filter, first, after }, { services }) => services.opportunities.list(filter, { first, after }),
  worksite: (_, { id }, { loaders }) => loaders.worksiteById.load(parseId('id', id)),
  partnerContact: (_, { id }, { loaders }) => loaders.contactById.load(parseId('id', id)),
};
