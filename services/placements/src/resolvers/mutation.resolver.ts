import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createPlacement: async (_, { input }, context) => ({ placement: await context.services.placements.create(input, context) }),
  changePlacementStatus: (_, { input }, context) => context.services.placements.changeStatus(input, context),
  recordTrainingAgreement: async (_, { input }, context) => ({
    placement: await context.services.placements.recordTrainingAgreement(input, context),
  }),
  prepareTrainingAgreement: (_, { input }, context) => context.services.agreements.prepare(input, context),
  signTrainingAgreement: (_, { input }, context) => context.services.agreements.sign(input, context),
  issueGuardianSigningLink: (_, { placementId }, context) => context.services.agreements.issueGuardianLink(placementId, context),
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
  applyToOpportunity: async (_, { input }, context) => ({ placement: await context.services.placements.apply(input, context) }),
  withdrawApplication: async (_, { input }, context) => ({
    placement: await context.services.placements.withdraw(input.placementId, input.reason, context),
  }),
  acceptOffer: async (_, { input }, context) => ({ placement: await context.services.placements.acceptOffer(input.placementId, context) }),
  offerPlacement: async (_, { input }, context) => ({ placement: await context.services.placements.offer(input, context) }),
  declineApplication: async (_, { input }, context) => ({
    placement: await context.services.placements.decline(input.placementId, input.reason, context),
  }),
};
