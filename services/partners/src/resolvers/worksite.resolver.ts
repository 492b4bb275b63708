import { isUuid } from '@careergraph/kit';
import type { WorksiteResolvers } from '../generated/graphql';

export const Worksite: WorksiteResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.worksiteById.load(id) : null),
  partner: async (worksite, _, { loaders }) => (await loaders.partnerById.load(worksite.partnerId))!,
  address: (worksite) => ({ street: worksite.street, city: worksite.city, state: worksite.state, postalCode: worksite.postalCode }),
  location: (worksite) =>
    worksite.latitude !== null && worksite.longitude !== null ? { latitude: worksite.latitude, longitude: worksite.longitude } : null,
};
