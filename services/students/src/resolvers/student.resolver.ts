import { isUuid } from '@careergraph/kit';
import type { StudentResolvers } from '../generated/graphql';

export const Student: StudentResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.studentById.load(id) : null),
  preferredName: (student) => student.preferredName ?? student.legalFirstName,
  school: async (student, _, { loaders }) => (await loaders.schoolById.load(student.schoolId))!,
  enrollments: (student, _, { loaders }) => loaders.enrollmentsByStudent.load(student.id),
};
