import { CreatePartnersSchema1763900000000 } from './1763900000000-create-partners-schema';
import { CreatePartnersAuditEvents1765200000000 } from './1765200000000-create-partners-audit-events';
import { OpportunityHazardousOccupation1768000000000 } from './1768000000000-opportunity-hazardous-occupation';
import { CreatePartnersOutbox1769300000000 } from './1769300000000-create-partners-outbox';
import { PartnersOutboxAudience1769800000000 } from './1769800000000-outbox-audience';
import { PartnerOnboarding1770400000000 } from './1770400000000-partner-onboarding';

/** In order; a new migration is appended here. */
export const partnersMigrations = [
  CreatePartnersSchema1763900000000,
  CreatePartnersAuditEvents1765200000000,
  OpportunityHazardousOccupation1768000000000,
  CreatePartnersOutbox1769300000000,
  PartnersOutboxAudience1769800000000,
  PartnerOnboarding1770400000000,
];
