import { groupLoader } from '@careergraph/kit';
import type { PartnerRepository } from '../repositories/partner.repository';

export const statusHistoryByPartnerLoader = (partners: PartnerRepository) =>
  groupLoader(
    (partnerIds) => partners.historyFor(partnerIds),
    (change) => change.partnerId,
  );
