import { metricScope, parseSchoolYear } from '@careergraph/kit';
import type { SchoolYearResolvers } from '../generated/graphql';

/** YYYY-YYYY with consecutive years. */
export const isSchoolYear = (id: string) => {
  const match = /^(\d{4})-(\d{4})$/.exec(id);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
};

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => (isSchoolYear(id) ? { id } : null),
  startDate: (year) => parseSchoolYear('id', year.id).firstDay,
  endDate: (year) => parseSchoolYear('id', year.id).lastDay,
  schools: (_, __, { loaders }) => loaders.highSchools.load('all'),
  perkins: (year, { filter }) => metricScope('perkins', year.id, filter),
  graduatingCohort: (year, { filter }) => metricScope('graduatingCohort', year.id, filter),
};
