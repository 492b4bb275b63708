import { groupLoader } from '@careergraph/kit';
import type { WorksiteRepository } from '../repositories/worksite.repository';

export const worksitesByPartnerLoader = (worksites: WorksiteRepository) =>
  groupLoader(
    (partnerIds) => worksites.findByPartnerIds(partnerIds),
    (worksite) => worksite.partnerId,
  );
