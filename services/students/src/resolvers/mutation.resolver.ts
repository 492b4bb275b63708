import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createStudent: async (_, { input }, context) => ({ student: await context.services.students.create(input, context) }),
  updateStudent: async (_, { input }, context) => ({ student: await context.services.students.update(input, context) }),
  enrollStudentInProgram: async (_, { input }, context) => ({
    enrollment: await context.services.enrollments.enroll(input, context),
  }),
  exitProgramEnrollment: async (_, { input }, { services }) => ({ enrollment: await services.enrollments.exit(input) }),
  recordCourseCompletion: (_, { input }, { services }) => services.enrollments.recordCompletion(input),
};
