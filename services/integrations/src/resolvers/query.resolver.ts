import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  domainEvents: (_, { filter, first, after }, context) => context.services.domainEvents.list(filter, { first, after }),
  webhookEndpoints: (_, { partnerId, first, after }, context) => context.services.webhookEndpoints.list(partnerId, { first, after }, context),
  webhookDeliveries: (_, { filter, first, after }, context) => context.services.webhookDeliveries.list(filter, { first, after }, context),
};
