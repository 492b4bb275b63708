import { AuditEventEntity } from '@careergraph/kit';
import { OpportunityEntity } from './opportunity.entity';
import { PartnerContactEntity } from './partner-contact.entity';
import { PartnerStatusChangeEntity } from './partner-status-change.entity';
import { PartnerEntity } from './partner.entity';
import { WorksiteEntity } from './worksite.entity';

export { OpportunityEntity, PartnerContactEntity, PartnerEntity, PartnerStatusChangeEntity, WorksiteEntity };

export const partnersEntities = [PartnerEntity, PartnerStatusChangeEntity, WorksiteEntity, PartnerContactEntity, OpportunityEntity, AuditEventEntity];
