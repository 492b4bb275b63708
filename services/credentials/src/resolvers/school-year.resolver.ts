import { metricScope, parseSchoolYear } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => ({ id: parseSchoolYear('id', id).id }),
  credentialAttainment: (year, { filter }, _context, info) => metricScope('credentialAttainment', year.id, filter, {}, info),
  collegeReadiness: (year, { filter }, _context, info) => metricScope('collegeReadiness', year.id, filter, {}, info),
};
