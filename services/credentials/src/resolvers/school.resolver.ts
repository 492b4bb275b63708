import { isUuid, metricScope } from '@careergraph/kit';
import type { SchoolResolvers } from '../generated/graphql';

export const School: SchoolResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  credentialAttainment: (school, { schoolYear, filter }, _context, info) =>
    metricScope('credentialAttainment', schoolYear, filter, { schoolId: school.id }, info),
  collegeReadiness: (school, { schoolYear, filter }, _context, info) => metricScope('collegeReadiness', schoolYear, filter, { schoolId: school.id }, info),
};
