import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  partner: (_, { id }, context) => context.services.partners.get(id, context),
  partners: (_, { filter, first, after }, context) => context.services.partners.list(filter, { first, after }, context),
  opportunity: (_, { id }, context) => context.services.opportunities.get(id, context),
  opportunities: (_, { filter, first, after }, context) => context.services.opportunities.list(filter, { first, after }, context),
  opportunitiesForMe: (_, { filter, includeIneligible, first, after }, context) =>
    context.services.opportunitiesForMe.list(filter, includeIneligible ?? false, { first, after }, context),
  worksite: (_, { id }, context) => context.services.worksites.get(id, context),
  partnerContact: (_, { id }, context) => context.services.contacts.get(id, context),
  reportingExpiringCompliance: (_, { from, to }, { services }) => services.partners.expiringCompliance(from, to),
  partnerAccess: (_, { subject, partnerId }, { services }) => services.invitations.access(subject, partnerId),
};
