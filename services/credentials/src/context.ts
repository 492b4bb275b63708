import type { MetricCubes, RequestContext } from '@careergraph/kit';
import type { CredentialsLoaders } from './loaders';
import type { CredentialsServices } from './services';

export interface CredentialsContext extends RequestContext<CredentialsLoaders> {
  services: CredentialsServices;
  /** This request's aggregate metrics, suppressed for the caller. */
  analytics: MetricCubes;
}
