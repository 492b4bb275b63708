import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createCredential: async (_, { input }, { services }) => ({ credential: await services.credentials.create(input) }),
  updateCredential: async (_, { input }, { services }) => ({ credential: await services.credentials.update(input) }),
  recordCredentialAward: async (_, { input }, context) => ({ award: await context.services.awards.record(input, context) }),
  verifyCredentialAward: async (_, { input }, context) => ({ award: await context.services.awards.verify(input, context) }),
  revokeCredentialAward: async (_, { input }, context) => ({ award: await context.services.awards.revoke(input, context) }),
  recordCollegeReadiness: async (_, { input }, context) => {
    const determination = await context.services.readiness.record(input, context);
    return { student: { id: determination.studentId }, determination };
  },
};
