import { EntityClient, type IdentitySigner, isRole } from '@careergraph/kit';
import type { ClientGrant } from './machine-tokens';

/** The integrations subgraph's SERVICE-only check of a client's secret: its grant, or null. */
const VERIFY_CLIENT_CREDENTIALS = /* GraphQL */ `
  query VerifyClientCredentials($clientId: String!, $clientSecret: String!) {
    verifyClientCredentials(clientId: $clientId, clientSecret: $clientSecret) { clientId role partnerId scopes }
  }
`;

/**
 * Asks the integrations subgraph, which owns API clients and their hashed secrets, whether a client
 * id and secret match an active client; the gateway never reads its tables. Signed as SERVICE.
 */
export function clientCredentialsVerifier(options: { url: string; signer: IdentitySigner; timeoutMs: number }) {
  const client = new EntityClient({ subgraph: 'integrations', url: options.url, timeoutMs: options.timeoutMs, service: 'gateway', signer: options.signer });
  return async (clientId: string, clientSecret: string): Promise<ClientGrant | null> => {
    const { verifyClientCredentials: grant } = await client.execute<{ verifyClientCredentials: ClientGrant | null }>(VERIFY_CLIENT_CREDENTIALS, {
      clientId,
      clientSecret,
    });
    if (grant && !isRole(grant.role)) throw new Error(`the integrations subgraph granted an unknown role ${JSON.stringify(grant.role)}`);
    return grant;
  };
}
