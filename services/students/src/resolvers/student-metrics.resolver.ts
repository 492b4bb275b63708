import { metricFamilyResolvers } from '@careergraph/kit';
import { GRADUATING_COHORT_MEASURES, PERKINS_MEASURES } from '../analytics/student-families';
import type { StudentsContext } from '../context';
import type { GraduatingCohortMetricsResolvers, MetricGroupResolvers, PerkinsMetricsResolvers } from '../generated/graphql';

export const PerkinsMetrics: PerkinsMetricsResolvers = metricFamilyResolvers<StudentsContext>(PERKINS_MEASURES);

export const GraduatingCohortMetrics: GraduatingCohortMetricsResolvers = metricFamilyResolvers<StudentsContext>(GRADUATING_COHORT_MEASURES);

/** This subgraph owns schools: a SCHOOL group's school is loaded here rather than referenced. */
export const MetricGroup: MetricGroupResolvers = {
  school: (group, _, { loaders }) => (group.dimension === 'SCHOOL' ? loaders.schoolById.load(group.key) : null),
};
