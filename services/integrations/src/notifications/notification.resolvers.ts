import type { MutationResolvers, QueryResolvers } from '../generated/graphql';

export const notificationQuery: QueryResolvers = {
  notificationPreferences: (_, __, context) => context.services.notificationPreferences.list(context),
};

export const notificationMutation: MutationResolvers = {
  updateNotificationPreferences: (_, { input }, context) => context.services.notificationPreferences.update(input, context),
};
