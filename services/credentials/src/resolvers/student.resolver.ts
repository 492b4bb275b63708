import { isUuid } from '@careergraph/kit';
import type { StudentResolvers } from '../generated/graphql';
import { latestReadiness } from '../services/readiness.service';

export const Student: StudentResolvers = {
  // A well-formed id is enough here: the students subgraph decides whether the student exists.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  credentials: (student, { verificationStatus }, context) => context.services.awards.ofStudent(student.id, verificationStatus, context),
  earlyCollegeCreditHours: (student, _, context) => context.services.earlyCollege.creditHours(student.id, context),
  estimatedTuitionSavings: (student, _, context) => context.services.earlyCollege.tuitionSavings(student.id, context),
  meetsAdvancedCreditGoal: (student, _, context) => context.services.earlyCollege.meetsAdvancedCreditGoal(student.id, context),
  collegeReadiness: async (student, _, { loaders }) => latestReadiness(await loaders.readinessByStudent.load(student.id)),
};
