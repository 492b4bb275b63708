import { type RowFilter, valueLoader } from '@careergraph/kit';
import type { PartnersRepositories } from '../repositories';
import { contactByIdLoader } from './contact-by-id.loader';
import { contactsByPartnerLoader } from './contacts-by-partner.loader';
import { brokeragesByPartnerLoader } from './brokerages-by-partner.loader';
import { invitationByPartnerLoader } from './invitation-by-partner.loader';
import { opportunitiesByPartnerLoader } from './opportunities-by-partner.loader';
import { opportunityByIdLoader } from './opportunity-by-id.loader';
import { partnerByIdLoader } from './partner-by-id.loader';
import { statusHistoryByPartnerLoader } from './status-history-by-partner.loader';
import { worksiteByIdLoader } from './worksite-by-id.loader';
import { worksitesByPartnerLoader } from './worksites-by-partner.loader';

/**
 * A fresh set per request, so no cached row outlives the request that read it; nested opportunity
 * lists are narrowed to the caller's `opportunities` rows in SQL.
 */
export function createPartnersLoaders(repositories: PartnersRepositories, opportunities: RowFilter) {
  return {
    partnerById: partnerByIdLoader(repositories.partners),
    worksiteById: worksiteByIdLoader(repositories.worksites),
    contactById: contactByIdLoader(repositories.contacts),
    opportunityById: opportunityByIdLoader(repositories.opportunities),
    worksitesByPartner: worksitesByPartnerLoader(repositories.worksites),
    contactsByPartner: contactsByPartnerLoader(repositories.contacts),
    opportunitiesByPartner: opportunitiesByPartnerLoader(repositories.opportunities, opportunities),
    statusHistoryByPartner: statusHistoryByPartnerLoader(repositories.partners),
    auditTrailByPartner: repositories.auditEvents.trailLoader('Partner'),
    latestInvitationByPartner: invitationByPartnerLoader(repositories.onboarding),
    brokeredEmployersOf: brokeragesByPartnerLoader(repositories.onboarding, 'intermediary'),
    brokeredByOf: brokeragesByPartnerLoader(repositories.onboarding, 'employer'),
    // Whether a partner has a PUBLISHED opportunity: a student's scope (policy.ts).
    partnerPublishes: valueLoader((partnerIds) => repositories.opportunities.partnersPublishing(partnerIds), false),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
