import { today } from '@careergraph/kit';
import type { PartnersContext } from '../context';
import type { PartnerEntity } from '../entities/partner.entity';
import type { PartnerBrokerageResolvers } from '../generated/graphql';
import { partnerScope } from '../policy';
import { brokerageActiveOn } from '../services/partner-brokerage.service';

export const PartnerBrokerage: PartnerBrokerageResolvers = {
  intermediaryName: async (brokerage, _, { loaders }) => (await loaders.partnerById.load(brokerage.intermediaryPartnerId))!.name,
  employerName: async (brokerage, _, { loaders }) => (await loaders.partnerById.load(brokerage.employerPartnerId))!.name,
  // Each side's profile only to whoever reaches it: an intermediary acts for the employer, it does not read its profile.
  intermediary: (brokerage, _, context) => sideIfReached(brokerage.intermediaryPartnerId, context),
  employer: (brokerage, _, context) => sideIfReached(brokerage.employerPartnerId, context),
  active: (brokerage) => brokerageActiveOn(brokerage, today()),
};

/** Null, not a refusal: the brokerage itself is the caller's to read, only the other side's profile is not. */
async function sideIfReached(partnerId: string, context: PartnersContext): Promise<PartnerEntity | null> {
  const partner = await context.loaders.partnerById.load(partnerId);
  return partner && (await partnerScope.contains(context, partner)) ? partner : null;
}
