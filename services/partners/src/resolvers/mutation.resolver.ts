import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createPartner: async (_, { input }, context) => ({ partner: await context.services.partners.create(input, context) }),
  updatePartner: async (_, { input }, context) => ({ partner: await context.services.partners.update(input, context) }),
  changePartnerStatus: (_, { input }, context) => context.services.partners.changeStatus(input, context),
  recordPartnerAgreement: async (_, { input }, { services }) => ({ partner: await services.partners.recordAgreement(input) }),
  recordPartnerInsurance: async (_, { input }, { services }) => ({ partner: await services.partners.recordInsurance(input) }),
  createWorksite: async (_, { input }, context) => ({ worksite: await context.services.worksites.create(input, context) }),
  updateWorksite: async (_, { input }, context) => ({ worksite: await context.services.worksites.update(input, context) }),
  createPartnerContact: async (_, { input }, context) => ({ contact: await context.services.contacts.create(input, context) }),
  recordBackgroundCheck: async (_, { input }, { services }) => ({ contact: await services.contacts.recordBackgroundCheck(input) }),
  createOpportunity: async (_, { input }, context) => ({ opportunity: await context.services.opportunities.create(input, context) }),
  updateOpportunity: async (_, { input }, context) => ({ opportunity: await context.services.opportunities.update(input, context) }),
  publishOpportunity: async (_, { input }, context) => ({ opportunity: await context.services.opportunities.publish(input, context) }),
  closeOpportunity: async (_, { input }, context) => ({ opportunity: await context.services.opportunities.close(input, context) }),
};
