import { metricFamilyResolvers } from '@careergraph/kit';
import { WORK_BASED_LEARNING_MEASURES } from '../analytics/work-based-learning.family';
import type { PlacementsContext } from '../context';
import type { WorkBasedLearningMetricsResolvers } from '../generated/graphql';

export const WorkBasedLearningMetrics: WorkBasedLearningMetricsResolvers =
  metricFamilyResolvers<PlacementsContext>(WORK_BASED_LEARNING_MEASURES);
