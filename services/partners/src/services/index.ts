import type { PartnersSettings } from '../config/partners-settings';
import type { PartnersRepositories } from '../repositories';
import { ContactService } from './contact.service';
import { OpportunitiesForMeService } from './opportunities-for-me.service';
import { OpportunityService } from './opportunity.service';
import { PartnerBrokerageService } from './partner-brokerage.service';
import { PartnerInvitationService } from './partner-invitation.service';
import { PartnerService } from './partner.service';
import { WorksiteService } from './worksite.service';

export function createPartnersServices(repositories: PartnersRepositories, rules: PartnersSettings) {
  const partners = new PartnerService(repositories);
  return {
    partners,
    invitations: new PartnerInvitationService(repositories, rules, partners),
    brokerages: new PartnerBrokerageService(repositories),
    worksites: new WorksiteService(repositories),
    contacts: new ContactService(repositories),
    opportunities: new OpportunityService(repositories, rules),
    opportunitiesForMe: new OpportunitiesForMeService(repositories),
  };
}

export type PartnersServices = ReturnType<typeof createPartnersServices>;
