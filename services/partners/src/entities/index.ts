import { AuditEventEntity } from '@careergraph/kit';
import { OpportunityEntity } from './opportunity.entity';
import { PartnerBrokerageEntity } from './partner-brokerage.entity';
import { PartnerContactEntity } from './partner-contact.entity';
import { PartnerInvitationEntity, PartnerInvitationTokenEntity } from './partner-invitation.entity';
import { PartnerMembershipEntity } from './partner-membership.entity';
import { PartnerStatusChangeEntity } from './partner-status-change.entity';
import { PartnerEntity } from './partner.entity';
import { WorksiteEntity } from './worksite.entity';

export {
  OpportunityEntity,
  PartnerBrokerageEntity,
  PartnerContactEntity,
  PartnerEntity,
  PartnerInvitationEntity,
  PartnerInvitationTokenEntity,
  PartnerMembershipEntity,
  PartnerStatusChangeEntity,
  WorksiteEntity,
};

export const partnersEntities = [PartnerEntity, PartnerStatusChangeEntity, WorksiteEntity, PartnerContactEntity, OpportunityEntity,
  PartnerInvitationEntity, PartnerInvitationTokenEntity, PartnerMembershipEntity, PartnerBrokerageEntity, AuditEventEntity];
