import { isUuid, metricFamilyResolvers, metricScope, parseSchoolYear, PUBLISHED_MEASURES } from '@careergraph/kit';
import type { ExperiencesContext } from '../context';
import type { ExperienceEngagementMetricsResolvers, PartnerResolvers, SchoolResolvers, SchoolYearResolvers } from '../generated/graphql';

export const SchoolYear: SchoolYearResolvers = {
  __resolveReference: ({ id }) => ({ id: parseSchoolYear('id', id).id }),
  experiences: (year, { filter }, _context, info) => metricScope('experiences', year.id, filter, {}, info),
};

export const School: SchoolResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
  experiences: (school, { schoolYear, filter }, _context, info) => metricScope('experiences', schoolYear, filter, { schoolId: school.id }, info),
};

export const Partner: PartnerResolvers = {
  __resolveReference: ({ id }) => (isUuid(id) ? { id } : null),
};

export const ExperienceEngagementMetrics: ExperienceEngagementMetricsResolvers = metricFamilyResolvers<ExperiencesContext>(PUBLISHED_MEASURES.experiences);
