import { metricScope, parseSchoolYear } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => ({ id: parseSchoolYear('id', id).id }),
  workBasedLearning: (year, { filter }, _context, info) => metricScope('workBasedLearning', year.id, filter, {}, info),
};
