import { metricFamilyResolvers, PUBLISHED_MEASURES } from '@careergraph/kit';
import type { CredentialsContext } from '../context';
import type { CollegeReadinessMetricsResolvers, CredentialAttainmentMetricsResolvers } from '../generated/graphql';

export const CredentialAttainmentMetrics: CredentialAttainmentMetricsResolvers =
  metricFamilyResolvers<CredentialsContext>(PUBLISHED_MEASURES.credentialAttainment);

export const CollegeReadinessMetrics: CollegeReadinessMetricsResolvers =
  metricFamilyResolvers<CredentialsContext>(PUBLISHED_MEASURES.collegeReadiness);
