import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createExperience: async (_, { input }, context) => ({ experience: await context.services.experiences.create(input, context) }),
  updateExperience: async (_, { input }, context) => ({ experience: await context.services.experiences.update(input, context) }),
  publishExperience: async (_, { input }, context) => ({ experience: await context.services.experiences.publish(input, context) }),
  cancelExperience: async (_, { input }, context) => ({ experience: await context.services.experiences.cancel(input, context) }),
  completeExperience: async (_, { input }, context) => ({ experience: await context.services.experiences.complete(input, context) }),
  registerForExperience: async (_, { input }, context) => ({ registration: await context.services.registrations.registerSelf(input, context) }),
  registerStudentsForExperience: async (_, { input }, context) => ({
    registrations: await context.services.registrations.registerStudents(input, context),
  }),
  cancelRegistration: async (_, { input }, context) => ({ registration: await context.services.registrations.cancel(input, context) }),
  recordExperienceAttendance: (_, { input }, context) => context.services.attendance.record(input, context),
  recordTeamChallengeResults: async (_, { input }, context) => ({ experience: await context.services.attendance.recordTeams(input, context) }),
};
