import { connectionLoader } from '@careergraph/kit';
import type { PartnerBrokerageEntity } from '../entities/partner-brokerage.entity';
import { type BrokerageSide, OnboardingRepository } from '../repositories/onboarding.repository';

/** `Partner.brokeredEmployers` (side intermediary) or `Partner.brokeredBy` (side employer), batched across partners. */
export function brokeragesByPartnerLoader(onboarding: OnboardingRepository, side: BrokerageSide) {
  return connectionLoader<PartnerBrokerageEntity, Record<string, never>>({
    page: (partnerIds, _filter, page) => onboarding.pageBrokerages(side, partnerIds, page),
    count: (partnerIds) => onboarding.countBrokerages(side, partnerIds),
    parentOf: (brokerage) => (side === 'intermediary' ? brokerage.intermediaryPartnerId : brokerage.employerPartnerId),
    cursorOf: OnboardingRepository.brokerageCursorOf,
    arity: 2,
  });
}
