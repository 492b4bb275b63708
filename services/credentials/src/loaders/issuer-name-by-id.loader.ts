import DataLoader from 'dataloader';
import type { EntityClient } from '@careergraph/kit';

/**
 * Issuer (partner) names from the partners subgraph, one `_entities` call per batch. A partner id
 * the partners subgraph does not know yields null; an unreachable subgraph rejects the batch with
 * SERVICE_UNAVAILABLE.
 */
export const issuerNameByIdLoader = (partners: EntityClient) =>
  new DataLoader<string, string | null>(async (ids) =>
    (await partners.lookup<{ name: string }>('Partner', ids, 'name')).map((partner) => partner?.name ?? null),
  );
