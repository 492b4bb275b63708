import { isUuid, metricScope } from '@careergraph/kit';
import type { SchoolResolvers } from '../generated/graphql';

export const School: SchoolResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  workBasedLearning: (school, { schoolYear, filter }, _context, info) => metricScope('workBasedLearning', schoolYear, filter, { schoolId: school.id }, info),
};
