import type { RequestContext } from '@careergraph/kit';
import type { PartnersLoaders } from './loaders';
import type { PartnersOwners } from './owners/partners-owners';
import type { PartnersServices } from './services';

export interface PartnersContext extends RequestContext<PartnersLoaders> {
  services: PartnersServices;
  owners: PartnersOwners;
}
