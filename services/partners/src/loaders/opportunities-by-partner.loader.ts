import { connectionLoader, type RowFilter } from '@careergraph/kit';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type { OpportunityStatus } from '../generated/graphql';
import { OpportunityRepository } from '../repositories/opportunity.repository';

/**
 * A partner's `opportunities(status, first, after)`, batched across the partners of a page and
 * narrowed to the caller's reach (a student sees the PUBLISHED ones).
 */
export function opportunitiesByPartnerLoader(opportunities: OpportunityRepository, scope: RowFilter) {
  return connectionLoader<OpportunityEntity, { status?: OpportunityStatus }>({
    page: (partnerIds, filter, page) => opportunities.pageByPartners(partnerIds, { ...filter, scope }, page),
    count: (partnerIds, filter) => opportunities.countByPartners(partnerIds, { ...filter, scope }),
    parentOf: (opportunity) => opportunity.partnerId,
    cursorOf: OpportunityRepository.cursorOf,
    arity: 3,
  });
}
