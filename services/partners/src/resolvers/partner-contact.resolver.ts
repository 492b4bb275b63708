import { isUuid } from '@careergraph/kit';
import type { PartnerContactResolvers } from '../generated/graphql';

export const PartnerContact: PartnerContactResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.contactById.load(id) : null),
  partner: async (contact, _, { loaders }) => (await loaders.partnerById.load(contact.partnerId))!,
  backgroundCheck: (contact) =>
    contact.clearanceLevel && contact.clearanceStatus
      ? { level: contact.clearanceLevel, status: contact.clearanceStatus, clearedOn: contact.clearedOn, expiresOn: contact.clearanceExpiresOn }
      : null,
};
