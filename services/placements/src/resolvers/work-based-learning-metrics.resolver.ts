import { metricFamilyResolvers, PUBLISHED_MEASURES } from '@careergraph/kit';
import type { PlacementsContext } from '../context';
import type { WorkBasedLearningMetricsResolvers } from '../generated/graphql';

export const WorkBasedLearningMetrics: WorkBasedLearningMetricsResolvers =
  metricFamilyResolvers<PlacementsContext>(PUBLISHED_MEASURES.workBasedLearning);
