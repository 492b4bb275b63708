import type { PartnerInvitationResolvers } from '../generated/graphql';
import { invitationStatus } from '../services/partner-invitation.service';

export const PartnerInvitation: PartnerInvitationResolvers = {
  partner: async (invitation, _, { loaders }) => (await loaders.partnerById.load(invitation.partnerId))!,
  status: (invitation) => invitationStatus(invitation),
};
