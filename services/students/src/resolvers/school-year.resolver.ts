import { metricScope, parseSchoolYear, schoolYearReference } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => schoolYearReference(id),
  startDate: (year) => parseSchoolYear('id', year.id).firstDay,
  endDate: (year) => parseSchoolYear('id', year.id).lastDay,
  schools: (_, __, { loaders }) => loaders.highSchools.load('all'),
  perkins: (year, { filter }) => metricScope('perkins', year.id, filter),
  graduatingCohort: (year, { filter }) => metricScope('graduatingCohort', year.id, filter),
};
