import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createPlacement: async (_, { input }, context) => ({ placement: await context.services.placements.create(input, context) }),
  changePlacementStatus: (_, { input }, context) => context.services.placements.changeStatus(input, context),
  recordTrainingAgreement: async (_, { input }, context) => ({
    placement: await context.services.placements.recordTrainingAgreement(input, context),
  }),
  submitTimeEntry: async (_, { input }, context) => ({ timeEntry: await context.services.timeEntries.submit(input, context) }),
  approveTimeEntry: async (_, { input }, context) => ({ timeEntry: await context.services.timeEntries.approve(input.id, context) }),
  rejectTimeEntry: async (_, { input }, context) => ({
    timeEntry: await context.services.timeEntries.reject(input.id, input.reason, context),
  }),
  bulkApproveTimeEntries: async (_, { input }, context) => ({
    timeEntries: await context.services.timeEntries.bulkApprove(input.ids, context),
  }),
  recordEvaluation: (_, { input }, context) => context.services.evaluations.recordEvaluation(input, context),
  recordReflection: (_, { input }, context) => context.services.evaluations.recordReflection(input, context),
};
