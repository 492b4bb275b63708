import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, parseId, requiredText, type Role, type Tx, UserInputError } from '@careergraph/kit';
import type { IntegrationsContext } from '../context';
import type { ApiClientEntity } from '../entities/api-client.entity';
import type { ApiClientScope, RegisterApiClientInput } from '../generated/graphql';
import { apiClientScope } from '../policy';
import type { IntegrationsRepositories } from '../repositories';
import { clientSecretMatches, decoySecretHash, hashClientSecret, newClientId, newClientSecret } from './client-secret';

/** What each scope lets a client act as (docs/integration.md, "Machine clients"). */
const SCOPE_ROLES: Record<ApiClientScope, { role: Role; needsPartner: boolean }> = {
  PARTNER: { role: 'PARTNER_USER', needsPartner: true },
  ANALYTICS: { role: 'ANALYST', needsPartner: false },
};

/** What the token endpoint signs into a client's token. */
export interface ClientCredentialsGrant {
  clientId: string;
  role: Role;
  partnerId: string | null;
  scopes: string[];
}

export interface IssuedSecret {
  apiClient: ApiClientEntity;
  clientSecret: string;
}

/** Machine clients: registration, secret rotation, revocation, listing, and the token endpoint's secret check. */
export class ApiClientService {
  constructor(private readonly repositories: IntegrationsRepositories) {}

  async register(input: RegisterApiClientInput, context: IntegrationsContext): Promise<IssuedSecret> {
    const name = requiredText('input.name', input.name, 100);
    const scopes = [...new Set(input.scopes)];
    if (scopes.length !== 1) {
      throw new UserInputError('input.scopes', `a client has exactly one scope (${Object.keys(SCOPE_ROLES).join(' or ')}), got ${scopes.length}`);
    }
    const needsPartner = SCOPE_ROLES[scopes[0]].needsPartner;
    if (needsPartner && !input.partnerId) throw new UserInputError('input.partnerId', `the ${scopes[0]} scope needs the partner the client acts for`);
    if (!needsPartner && input.partnerId) throw new UserInputError('input.partnerId', `the ${scopes[0]} scope acts for no partner; leave partnerId out`);
    const partnerId = input.partnerId ? parseId('input.partnerId', input.partnerId) : null;
    const clientSecret = newClientSecret();
    const secretHash = await hashClientSecret(clientSecret);
    return this.repositories.unitOfWork.transaction(context, 'registerApiClient', async (tx, audit) => {
      const apiClient = await this.repositories.apiClients.insert(tx, {
        id: randomUUID(),
        clientId: newClientId(),
        name,
        partnerId,
        scopes,
        secretHash,
        secretIssuedAt: new Date(),
        revokedAt: null,
      });
      audit({ entityType: 'ApiClient', entityId: apiClient.id, action: 'REGISTERED', before: null, after: auditView(apiClient) });
      return { apiClient, clientSecret };
    });
  }

  async rotateSecret(id: string, context: IntegrationsContext): Promise<IssuedSecret> {
    const clientSecret = newClientSecret();
    const secretHash = await hashClientSecret(clientSecret);
    return this.repositories.unitOfWork.transaction(context, 'rotateApiClientSecret', async (tx, audit) => {
      const before = await this.active(tx, id, 'rotate the secret of');
      const apiClient = await this.repositories.apiClients.update(tx, before.id, { secretHash, secretIssuedAt: new Date() });
      audit({ entityType: 'ApiClient', entityId: id, action: 'SECRET_ROTATED', before: auditView(before), after: auditView(apiClient) });
      return { apiClient, clientSecret };
    });
  }

  revoke(id: string, context: IntegrationsContext): Promise<{ apiClient: ApiClientEntity }> {
    return this.repositories.unitOfWork.transaction(context, 'revokeApiClient', async (tx, audit) => {
      const before = await this.active(tx, id, 'revoke');
      const apiClient = await this.repositories.apiClients.update(tx, before.id, { revokedAt: new Date() });
      audit({ entityType: 'ApiClient', entityId: id, action: 'REVOKED', before: auditView(before), after: auditView(apiClient) });
      return { apiClient };
    });
  }

  list(args: { partnerId?: string | null; includeRevoked?: boolean | null }, context: IntegrationsContext): Promise<ApiClientEntity[]> {
    const partnerId = args.partnerId ? parseId('partnerId', args.partnerId) : undefined;
    return this.repositories.apiClients.list({ partnerIds: partnerId ? [partnerId] : undefined, includeRevoked: args.includeRevoked ?? false }, apiClientScope.rowsFor(context.caller));
  }

  /**
   * The grant of the active client `clientId` when `secret` is its secret; null otherwise, after
   * the same work either way (an unknown id is checked against a decoy hash).
   */
  async verify(clientId: string, secret: string): Promise<ClientCredentialsGrant | null> {
    const client = clientId.length <= 100 ? await this.repositories.apiClients.activeWithSecret(clientId) : null;
    const matches = await clientSecretMatches(secret, client?.secretHash ?? (await decoySecretHash()));
    if (!client || !matches) return null;
    const { role } = SCOPE_ROLES[client.scopes[0]];
    return { clientId: client.clientId, role, partnerId: client.partnerId, scopes: client.scopes.map((scope) => scope.toLowerCase()) };
  }

  private async active(tx: Tx, id: string, action: string): Promise<ApiClientEntity> {
    const client = await this.repositories.apiClients.lock(tx, parseId('input.id', id));
    if (!client) throw new NotFoundError('ApiClient', id, 'input.id');
    if (client.revokedAt) throw new ConflictError(`cannot ${action} API client ${id}: it was revoked on ${client.revokedAt.toISOString()}`, { field: 'input.id', rule: 'API_CLIENT_REVOKED' });
    return client;
  }
}

/** The audit trail's view of a client: never its secret hash. */
function auditView({ secretHash: _hash, ...client }: ApiClientEntity): Record<string, unknown> {
  return { ...client };
}
