import { metricScope, parseSchoolYear, schoolYearReference } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => schoolYearReference(id),
  startDate: (year) => parseSchoolYear('id', year.id).firstDay,
  endDate: (year) => parseSchoolYear('id', year.id).lastDay,
  schools: (_, { kinds }, { loaders }) => loaders.reportingSchools.load(kinds ?? 'high'),
  perkins: (year, { filter }, _context, info) => metricScope('perkins', year.id, filter, {}, info),
  graduatingCohort: (year, { filter }, _context, info) => metricScope('graduatingCohort', year.id, filter, {}, info),
  endorsement: (year, { filter }, _context, info) => metricScope('endorsement', year.id, filter, {}, info),
};
