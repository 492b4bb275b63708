// The panels' links to the schema: the analysts' operations (gateway/operations/analytics.graphql), typed by codegen.
export {
  DashboardDrillDownDocument,
  type DashboardDrillDownQuery,
  DashboardPanelsDocument,
  type DashboardPanelsQuery,
  type MetricDimension,
  type MetricFilter,
  type ProgramFilter,
} from '@careergraph/client';
