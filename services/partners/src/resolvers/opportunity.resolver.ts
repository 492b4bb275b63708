import { isUuid } from '@careergraph/kit';
import type { OpportunityResolvers } from '../generated/graphql';

export const Opportunity: OpportunityResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.opportunityById.load(id) : null),
  partner: async (opportunity, _, { loaders }) => (await loaders.partnerById.load(opportunity.partnerId))!,
  worksite: (opportunity, _, { loaders }) => (opportunity.worksiteId ? loaders.worksiteById.load(opportunity.worksiteId) : null),
  // The students subgraph owns Program; a reference is all this subgraph knows of it.
  program: (opportunity) => (opportunity.programId ? { id: opportunity.programId } : null),
  compensation: (opportunity) => ({ kind: opportunity.compensationKind, hourlyRate: opportunity.hourlyRate }),
};
