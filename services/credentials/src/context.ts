import type { RequestContext } from '@careergraph/kit';
import type { CredentialsLoaders } from './loaders';
import type { CredentialsServices } from './services';

export interface CredentialsContext extends RequestContext<CredentialsLoaders> {
  services: CredentialsServices;
}
