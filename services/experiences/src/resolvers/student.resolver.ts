import { isUuid } from '@careergraph/kit';
import type { StudentResolvers } from '../generated/graphql';

export const Student: StudentResolvers = {
  // A well-formed id is enough here: the students subgraph decides whether the student exists.
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  experiences: (student, { first, after }, { loaders }) => loaders.historyByStudent(student.id, null, { first, after }),
};
