import { EntityClient } from '@careergraph/kit';
import type { CredentialsConfig } from './config';

/** HTTP `_entities` clients for the subgraphs owning what this one references. */
export function createEntityClients(config: CredentialsConfig) {
  const timeoutMs = config.entityLookupTimeoutMs;
  return {
    students: new EntityClient({ subgraph: 'students', url: config.studentsUrl, timeoutMs }),
    partners: new EntityClient({ subgraph: 'partners', url: config.partnersUrl, timeoutMs }),
  };
}

export type EntityClients = ReturnType<typeof createEntityClients>;
