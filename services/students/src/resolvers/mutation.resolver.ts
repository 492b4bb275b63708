import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  createStudent: async (_, { input }, context) => ({ student: await context.services.students.create(input, context) }),
  updateStudent: async (_, { input }, context) => ({ student: await context.services.students.update(input, context) }),
  enrollStudentInProgram: async (_, { input }, context) => ({
    enrollment: await context.services.enrollments.enroll(input, context),
  }),
  exitProgramEnrollment: async (_, { input }, context) => ({ enrollment: await context.services.enrollments.exit(input, context) }),
  recordCourseCompletion: (_, { input }, context) => context.services.enrollments.recordCompletion(input, context),
  updateDirectoryOptOuts: async (_, { input }, context) => ({
    student: await context.services.students.updateDirectoryOptOuts(input, context),
  }),
  updateCareerInterests: async (_, { input }, context) => ({
    student: await context.services.careerInterests.update(input, context),
  }),
  graduateClass: async (_, { input }, context) => ({ graduatedCount: await context.services.students.graduateClass(input, context) }),
};
