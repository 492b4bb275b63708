import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type { PlacementsLoaders } from './loaders';
import type { PlacementsServices } from './services';
import type { ReferenceLoaders } from './services/references';
import type { ReportingLookups } from './services/reporting-snapshot.service';

export interface PlacementsContext extends RequestContext<PlacementsLoaders> {
  services: PlacementsServices;
  /** Other subgraphs' entities this request looked up, cached for the request. */
  references: ReferenceLoaders;
  /** Lookups for the reporting snapshot of a new placement (analytics). */
  reporting: ReportingLookups;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
