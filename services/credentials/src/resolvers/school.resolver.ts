import { isUuid, metricScope } from '@careergraph/kit';
import type { SchoolResolvers } from '../generated/graphql';

export const School: SchoolResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  credentialAttainment: (school, { schoolYear, filter }) =>
    metricScope('credentialAttainment', schoolYear, filter, { schoolId: school.id }),
  collegeReadiness: (school, { schoolYear, filter }) => metricScope('collegeReadiness', schoolYear, filter, { schoolId: school.id }),
};
