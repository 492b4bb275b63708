import { schoolYearReference } from '@careergraph/kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  placement: (_, { id }, context) => context.services.placements.get(id, context),
  placements: (_, { filter, first, after }, context) => context.services.placements.list(filter, { first, after }, context),
  timeEntries: (_, { filter, first, after }, context) => context.services.timeEntries.list(filter, { first, after }, context),
  schoolYear: (_, { id }) => schoolYearReference(id),
  reportingWorkBasedLearningSet: (_, { schoolYear, studentIds }, { services }) =>
    services.placements.workBasedLearningSet(schoolYear, studentIds),
  reportingPendingTimeEntries: (_, { submittedBefore }, { services }) => services.placements.pendingTimeEntries(submittedBefore),
};
