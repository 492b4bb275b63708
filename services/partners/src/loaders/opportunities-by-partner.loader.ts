import { connectionLoader } from '@careergraph/kit';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type { OpportunityStatus } from '../generated/graphql';
import { OpportunityRepository } from '../repositories/opportunity.repository';

/**
 * A partner's `opportunities(status, first, after)`, batched across the partners of a page;
 * `onlyPublished` narrows it to a student's view.
 */
export function opportunitiesByPartnerLoader(opportunities: OpportunityRepository) {
  return connectionLoader<OpportunityEntity, { status?: OpportunityStatus; onlyPublished: boolean }>({
    page: (partnerIds, filter, page) => opportunities.pageByPartners(partnerIds, filter, page),
    count: (partnerIds, filter) => opportunities.countByPartners(partnerIds, filter),
    parentOf: (opportunity) => opportunity.partnerId,
    cursorOf: OpportunityRepository.cursorOf,
    arity: 3,
  });
}
