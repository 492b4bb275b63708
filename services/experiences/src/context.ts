import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type { ExperiencesLoaders } from './loaders';
import type { ExperiencesOwners } from './owners/experiences-owners';
import type { ExperiencesServices } from './services';

export interface ExperiencesContext extends RequestContext<ExperiencesLoaders> {
  services: ExperiencesServices;
  /** The students and partners subgraphs' entities this request reads, batched and cached for the request. */
  owners: ExperiencesOwners;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
