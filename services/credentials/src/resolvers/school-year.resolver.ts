import { metricScope, parseSchoolYear } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => ({ id: parseSchoolYear('id', id).id }),
  credentialAttainment: (year, { filter }) => metricScope('credentialAttainment', year.id, filter),
  collegeReadiness: (year, { filter }) => metricScope('collegeReadiness', year.id, filter),
};
