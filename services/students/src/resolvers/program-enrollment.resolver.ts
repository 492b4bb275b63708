import type { ProgramEnrollmentResolvers } from '../generated/graphql';

export const ProgramEnrollment: ProgramEnrollmentResolvers = {
  student: async (enrollment, _, { loaders }) => (await loaders.studentById.load(enrollment.studentId))!,
  program: async (enrollment, _, { loaders }) => (await loaders.programById.load(enrollment.programId))!,
  courseCompletions: (enrollment, _, { loaders }) => loaders.completionsByEnrollment.load(enrollment.id),
  // Perkins V: participant after one course, concentrator after two in the same program (DOMAIN.md).
  participant: async (enrollment, _, { loaders }) => (await loaders.coursesToDateByEnrollment.load(enrollment.id)) >= 1,
  concentrator: async (enrollment, _, { loaders }) => (await loaders.coursesToDateByEnrollment.load(enrollment.id)) >= 2,
};
