import { isUuid } from '@careergraph/kit';
import type { OpportunityResolvers } from '../generated/graphql';

export const Opportunity: OpportunityResolvers = {
  // The gateway sends `slots` (owned by partners) in the representation, as @requires asks.
  __resolveReference: ({ id, slots }) => (isUuid(id) ? { id, slots } : null),
  slotsRemaining: async (opportunity, _, { loaders }) =>
    Math.max(0, (opportunity.slots ?? 0) - (await loaders.slotsHeldByOpportunity.load(opportunity.id))),
  placements: (opportunity, { first, after }, { loaders }) => loaders.placementsByOpportunity(opportunity.id, {}, { first, after }),
  applications: (opportunity, { status, first, after }, { loaders }) =>
    loaders.placementsByOpportunity(opportunity.id, { status }, { first, after }),
};
