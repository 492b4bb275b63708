import { connectionLoader } from '@careergraph/kit';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type { OpportunityStatus } from '../generated/graphql';
import { OpportunityRepository } from '../repositories/opportunity.repository';

/** A partner's `opportunities(status, first, after)`, batched across the partners of a page. */
export function opportunitiesByPartnerLoader(opportunities: OpportunityRepository) {
  return connectionLoader<OpportunityEntity, { status?: OpportunityStatus | null }>({
    page: (partnerIds, { status }, page) => opportunities.pageByPartners(partnerIds, { status: status ?? undefined }, page),
    count: (partnerIds, { status }) => opportunities.countByPartners(partnerIds, { status: status ?? undefined }),
    parentOf: (opportunity) => opportunity.partnerId,
    cursorOf: OpportunityRepository.cursorOf,
    arity: 3,
  });
}
