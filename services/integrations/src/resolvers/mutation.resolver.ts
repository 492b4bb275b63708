import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  ingestDomainEvents: (_, { events }, context) => context.services.domainEvents.ingest(events, context),
  createWebhookEndpoint: (_, { input }, context) => context.services.webhookEndpoints.create(input, context),
  updateWebhookEndpoint: async (_, { input }, context) => ({ endpoint: await context.services.webhookEndpoints.update(input, context) }),
  rotateWebhookEndpointSecret: (_, { input }, context) => context.services.webhookEndpoints.rotateSecret(input.id, context),
  disableWebhookEndpoint: async (_, { input }, context) => ({ endpoint: await context.services.webhookEndpoints.disable(input.id, context) }),
  replayWebhookDelivery: async (_, { input }, context) => ({ delivery: await context.services.webhookDeliveries.replay(input.id, context) }),
};
