import { AuditEventReader, UnitOfWork } from '@careergraph/kit';
import type { DataSource } from 'typeorm';
import { ContactRepository } from './contact.repository';
import { OnboardingRepository } from './onboarding.repository';
import { OpportunityMatchRepository } from './opportunity-match.repository';
import { OpportunityRepository } from './opportunity.repository';
import { PartnerRepository } from './partner.repository';
import { WorksiteRepository } from './worksite.repository';

export function createPartnersRepositories(dataSource: DataSource) {
  return {
    unitOfWork: new UnitOfWork(dataSource, 'partners'),
    partners: new PartnerRepository(dataSource),
    worksites: new WorksiteRepository(dataSource),
    contacts: new ContactRepository(dataSource),
    opportunities: new OpportunityRepository(dataSource),
    opportunityMatches: new OpportunityMatchRepository(dataSource),
    auditEvents: new AuditEventReader(dataSource),
    onboarding: new OnboardingRepository(dataSource),
  };
}

export type PartnersRepositories = ReturnType<typeof createPartnersRepositories>;
