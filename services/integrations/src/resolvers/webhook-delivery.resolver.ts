import type { WebhookDeliveryResolvers } from '../generated/graphql';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  // Same partner as the delivery (the endpoint's, copied on queueing), so in the caller's scope too.
  endpoint: (delivery, _, context) => context.loaders.webhookEndpointById.load(delivery.endpointId).then((endpoint) => endpoint!),
};
