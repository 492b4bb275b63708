import type { RequestContext } from '@careergraph/kit';
import type { IntegrationsLoaders } from './loaders';
import type { IntegrationsServices } from './services';

export interface IntegrationsContext extends RequestContext<IntegrationsLoaders> {
  services: IntegrationsServices;
}
