import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createPartner: async (_, { input }, context) => ({ partner: await context.services.partners.create(input, context) }),
  updatePartner: async (_, { input }, { services }) => ({ partner: await services.partners.update(input) }),
  changePartnerStatus: (_, { input }, context) => context.services.partners.changeStatus(input, context),
  recordPartnerAgreement: async (_, { input }, { services }) => ({ partner: await services.partners.recordAgreement(input) }),
  recordPartnerInsurance: async (_, { input }, { services }) => ({ partner: await services.partners.recordInsurance(input) }),
  createWorksite: async (_, { input }, { services }) => ({ worksite: await services.worksites.create(input) }),
  updateWorksite: async (_, { input }, { services }) => ({ worksite: await services.worksites.update(input) }),
  createPartnerContact: async (_, { input }, { services }) => ({ contact: await services.contacts.create(input) }),
  recordBackgroundCheck: async (_, { input }, { services }) => ({ contact: await services.contacts.recordBackgroundCheck(input) }),
  createOpportunity: async (_, { input }, { services }) => ({ opportunity: await services.opportunities.create(input) }),
  updateOpportunity: async (_, { input }, { services }) => ({ opportunity: await services.opportunities.update(input) }),
  publishOpportunity: async (_, { input }, { services }) => ({ opportunity: await services.opportunities.publish(input) }),
  closeOpportunity: async (_, { input }, { services }) => ({ opportunity: await services.opportunities.close(input) }),
};
