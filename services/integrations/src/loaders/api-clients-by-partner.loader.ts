import { groupLoader, type RowFilter } from '@careergraph/kit';
import type { ApiClientRepository } from '../repositories/api-client.repository';

/**
 * A partner's `apiClients(includeRevoked)` in the caller's reach, newest first: one statement per
 * batch of partners for each value of the argument.
 */
export function apiClientsByPartnerLoader(clients: ApiClientRepository, scope: RowFilter) {
  const byArgument = (includeRevoked: boolean) => groupLoader((partnerIds) => clients.list({ partnerIds, includeRevoked }, scope), (client) => client.partnerId!);
  const [withRevoked, activeOnly] = [byArgument(true), byArgument(false)];
  return (includeRevoked: boolean) => (includeRevoked ? withRevoked : activeOnly);
}
