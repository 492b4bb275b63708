import { metricFamilyResolvers } from '@careergraph/kit';
import { COLLEGE_READINESS_MEASURES, CREDENTIAL_ATTAINMENT_MEASURES } from '../analytics/credential-attainment.family';
import type { CredentialsContext } from '../context';
import type { CollegeReadinessMetricsResolvers, CredentialAttainmentMetricsResolvers } from '../generated/graphql';

export const CredentialAttainmentMetrics: CredentialAttainmentMetricsResolvers =
  metricFamilyResolvers<CredentialsContext>(CREDENTIAL_ATTAINMENT_MEASURES);

export const CollegeReadinessMetrics: CollegeReadinessMetricsResolvers = metricFamilyResolvers<CredentialsContext>(COLLEGE_READINESS_MEASURES);
