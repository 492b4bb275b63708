import { connectionResolvers, DateTimeScalar, JSONScalar } from '@careergraph/kit';
import type { Resolvers } from '../generated/graphql';
import { apiClientMutations, apiClientQueries } from './api-client.resolver';
import { Mutation } from './mutation.resolver';
import { Partner } from './partner.resolver';
import { notificationMutation, notificationQuery } from '../notifications/notification.resolvers';
import { Query } from './query.resolver';
import { WebhookDelivery } from './webhook-delivery.resolver';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: { ...Query, ...apiClientQueries, ...notificationQuery },
  Mutation: { ...Mutation, ...apiClientMutations, ...notificationMutation },
  DomainEventConnection: connectionResolvers,
  Partner,
  WebhookDelivery,
  WebhookEndpointConnection: connectionResolvers,
  WebhookDeliveryConnection: connectionResolvers,
};
