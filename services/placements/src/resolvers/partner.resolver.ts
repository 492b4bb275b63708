import { isUuid, parseSchoolYear } from '@careergraph/kit';
import type { PartnerResolvers } from '../generated/graphql';

export const Partner: PartnerResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  placements: (partner, { status, first, after }, { loaders }) => loaders.placementsByPartner(partner.id, { status }, { first, after }),
  stipendTotal: (partner, { schoolYear }, { loaders }) =>
    loaders.stipendTotalByPartner(schoolYear ? parseSchoolYear('schoolYear', schoolYear).id : null).load(partner.id),
};
