import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type { CredentialsLoaders } from './loaders';
import type { CredentialsOwners } from './owners/credentials-owners';
import type { CredentialsServices } from './services';

export interface CredentialsContext extends RequestContext<CredentialsLoaders> {
  services: CredentialsServices;
  /** The students and partners subgraphs' entities this request reads, batched and cached for the request. */
  owners: CredentialsOwners;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
