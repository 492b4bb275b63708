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
  invitePartner: (_, { input }, context) => context.services.invitations.invite(input, context),
  revokePartnerInvitation: async (_, { input }, context) => ({ invitation: await context.services.invitations.revoke(input.invitationId, context) }),
  resendPartnerInvitation: (_, { input }, context) => context.services.invitations.resend(input.invitationId, context),
  acceptPartnerInvitation: async (_, { input }, context) => {
    const { membership, partner } = await context.services.invitations.accept(input.token, context);
    return { partnerId: partner.id, partnerName: partner.name, memberSince: membership.createdAt };
  },
  issuePartnerInvitationLink: (_, { invitationId }, context) => context.services.invitations.issueLink(invitationId, context),
  submitPartnerForVetting: async (_, { input }, context) => ({ partner: await context.services.invitations.submitForVetting(input.partnerId, context) }),
  createPartnerBrokerage: async (_, { input }, context) => ({ brokerage: await context.services.brokerages.create(input, context) }),
  endPartnerBrokerage: async (_, { input }, context) => ({ brokerage: await context.services.brokerages.end(input, context) }),
};
