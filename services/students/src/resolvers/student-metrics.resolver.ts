import { metricFamilyResolvers, PUBLISHED_MEASURES } from '@careergraph/kit';
import type { StudentsContext } from '../context';
import type { EndorsementMetricsResolvers, GraduatingCohortMetricsResolvers, MetricGroupResolvers, PerkinsMetricsResolvers } from '../generated/graphql';

export const PerkinsMetrics: PerkinsMetricsResolvers = metricFamilyResolvers<StudentsContext>(PUBLISHED_MEASURES.perkins);

export const GraduatingCohortMetrics: GraduatingCohortMetricsResolvers =
  metricFamilyResolvers<StudentsContext>(PUBLISHED_MEASURES.graduatingCohort);

export const EndorsementMetrics: EndorsementMetricsResolvers = metricFamilyResolvers<StudentsContext>(PUBLISHED_MEASURES.endorsement);

/** This subgraph owns schools: a SCHOOL group's school is loaded here rather than referenced. */
export const MetricGroup: MetricGroupResolvers = {
  school: (group, _, { loaders }) => (group.dimension === 'SCHOOL' ? loaders.schoolById.load(group.key) : null),
};
