import { EntityClient, type IdentitySigner } from '@careergraph/kit';
import type { CredentialsConfig } from './config';

/** HTTP `_entities` clients for the subgraphs owning what this one references. */
export function createEntityClients(config: CredentialsConfig, signer: IdentitySigner) {
  const common = { service: 'credentials', signer, timeoutMs: config.entityLookupTimeoutMs };
  return {
    students: new EntityClient({ ...common, subgraph: 'students', url: config.studentsUrl }),
    partners: new EntityClient({ ...common, subgraph: 'partners', url: config.partnersUrl }),
  };
}

export type EntityClients = ReturnType<typeof createEntityClients>;
