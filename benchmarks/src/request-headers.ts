import path from 'node:path';
import { loadDevelopmentKey, mintDevelopmentToken, repoRoot } from '@careergraph/kit';

/**
 * The one place benchmark requests get their headers, for both gateways alike: a DISTRICT_ADMIN
 * development token (every benchmark operation is one such a user may run), signed with the local
 * development key both gateways verify against.
 */
export async function createRequestHeaders(dataDir = process.env.DATA_DIR ?? path.join(repoRoot, '.data')): Promise<Record<string, string>> {
  const token = await mintDevelopmentToken(await loadDevelopmentKey(path.resolve(dataDir)), { role: 'DISTRICT_ADMIN', subject: 'bench' });
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}
