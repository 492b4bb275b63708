import type { RequestContext } from '@careergraph/kit';
import type { PlacementsLoaders } from './loaders';
import type { PlacementsServices } from './services';
import type { ReferenceLoaders } from './services/references';

export interface PlacementsContext extends RequestContext<PlacementsLoaders> {
  services: PlacementsServices;
  /** Other subgraphs' entities this request looked up, cached for the request. */
  references: ReferenceLoaders;
}
