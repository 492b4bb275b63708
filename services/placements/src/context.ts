import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type { PlacementsLoaders } from './loaders';
import type { PlacementsOwners } from './owners/placements-owners';
import type { PlacementsServices } from './services';

export interface PlacementsContext extends RequestContext<PlacementsLoaders> {
  services: PlacementsServices;
  /** The students and partners subgraphs' entities this request reads, batched and cached for the request. */
  owners: PlacementsOwners;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
