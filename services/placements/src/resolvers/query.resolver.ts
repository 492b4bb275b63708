import { parseId, schoolYearReference, UserInputError } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

/** A district's candidate opportunities for one student's matches are hundreds; this bounds a call. */
const MAX_SLOTS_HELD_IDS = 5_000;

export const Query: QueryResolvers = {
  placement: (_, { id }, context) => context.services.placements.get(id, context),
  placements: (_, { filter, first, after }, context) => context.services.placements.list(filter, { first, after }, context),
  timeEntries: (_, { filter, first, after }, context) => context.services.timeEntries.list(filter, { first, after }, context),
  schoolYear: (_, { id }) => schoolYearReference(id),
  reportingWorkBasedLearningSet: (_, { schoolYear, studentIds }, { services }) =>
    services.placements.workBasedLearningSet(schoolYear, studentIds),
  reportingWorkBasedLearningHours: (_, { schoolYear, studentIds }, { services }) => services.placements.workBasedLearningHours(schoolYear, studentIds),
  reportingPendingTimeEntries: (_, { submittedBefore }, { services }) => services.placements.pendingTimeEntries(submittedBefore),
  // One statement for the whole set (the loader batches it), as the slot counts of Opportunity.slotsRemaining.
  reportingSlotsHeld: async (_, { opportunityIds }, { loaders }) => {
    if (opportunityIds.length > MAX_SLOTS_HELD_IDS) throw new UserInputError('opportunityIds', `at most ${MAX_SLOTS_HELD_IDS} per call`);
    const ids = opportunityIds.map((id) => parseId('opportunityIds', id));
    const held = await loaders.slotsHeldByOpportunity.loadMany(ids);
    return ids.map((opportunityId, i) => ({ opportunityId, held: held[i] as number })).filter((row) => row.held > 0);
  },
};
