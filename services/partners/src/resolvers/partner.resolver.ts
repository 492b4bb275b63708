import { isUuid, today } from '@careergraph/kit';
import type { PartnerResolvers } from '../generated/graphql';
import { agreementCurrentOn } from '../services/partner-rules';

export const Partner: PartnerResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.partnerById.load(id) : null),
  statusHistory: (partner, _, { loaders }) => loaders.statusHistoryByPartner.load(partner.id),
  agreement: (partner) =>
    partner.agreementSignedOn && partner.agreementExpiresOn
      ? { signedOn: partner.agreementSignedOn, expiresOn: partner.agreementExpiresOn, current: agreementCurrentOn(partner, today()) }
      : null,
  worksites: (partner, _, { loaders }) => loaders.worksitesByPartner.load(partner.id),
  contacts: (partner, _, { loaders }) => loaders.contactsByPartner.load(partner.id),
  opportunities: (partner, { status, first, after }, context) =>
    context.services.opportunities.ofPartner(partner.id, status, { first, after }, context),
  auditTrail: (partner, { first, after }, { loaders }) => loaders.auditTrailByPartner(partner.id, {}, { first, after }),
  invitation: (partner, _, { loaders }) => loaders.latestInvitationByPartner.load(partner.id),
  brokeredEmployers: (partner, { first, after }, { loaders }) => loaders.brokeredEmployersOf(partner.id, {}, { first, after }),
  brokeredBy: (partner, { first, after }, { loaders }) => loaders.brokeredByOf(partner.id, {}, { first, after }),
};
