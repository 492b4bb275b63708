// The dashboard's one link to the schema: the analysts' DashboardHeadlines operation
// (gateway/operations/analytics.graphql), typed by codegen.
export { DashboardHeadlinesDocument, type DashboardHeadlinesQuery, type DashboardHeadlinesQueryVariables } from '@careergraph/client';
