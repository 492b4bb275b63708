import { entityLoader } from '@careergraph/kit';
import type { PartnerRepository } from '../repositories/partner.repository';

export const partnerByIdLoader = (partners: PartnerRepository) => entityLoader((ids) => partners.findByIds(ids));
