import { ALL_ROWS, defineScope, definePolicy, type EntityScope, type RoleAccess, type RowMatch, rowsWhere } from '@careergraph/kit';
import type { IntegrationsContext } from './context';

// The event inbox is district IT's operational record: which subgraph said what, when.
const DISTRICT_IT: RoleAccess = { DISTRICT_ADMIN: 'ALL' };

// Only the subgraphs' outbox relays write events (the field is @inaccessible: never in the API).
const RELAYS: RoleAccess = { SERVICE: 'ALL' };

// Machine clients: district IT registers and manages them; a partner user may see its partner's.
const API_CLIENT_READERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' };
// Only the gateway's token endpoint checks a secret (@inaccessible).
const TOKEN_ENDPOINT: RoleAccess = { SERVICE: 'ALL' };

// Every signed-in person has their own notification preferences (keyed by who they are; no rows of others).
const EVERY_PERSON: RoleAccess = { DISTRICT_ADMIN: 'ALL', DEPARTMENT_STAFF: 'ALL', SCHOOL_STAFF: 'ALL', PARTNER_USER: 'ALL', ANALYST: 'ALL', STUDENT: 'ALL' };

/**
 * What integrations holds for a partner (the partner itself, its clients, endpoints, deliveries), by
 * the property holding the partner's id: district IT reaches every partner's, a partner user its own.
 */
const partnerScope = <Key extends 'id' | 'partnerId'>(entity: string, key: Key, column: string): EntityScope<Record<Key, string | null>, IntegrationsContext> =>
  defineScope<Record<Key, string | null>, IntegrationsContext>({
    entity,
    columns: { [key]: column } as Record<Key, string>,
    rules: {
      DISTRICT_ADMIN: () => ALL_ROWS,
      SERVICE: () => ALL_ROWS,
      PARTNER_USER: (caller) => rowsWhere({ [key]: caller.partnerId } as RowMatch<Record<Key, string | null>>),
    },
  });

export const apiClientScope = partnerScope('ApiClient', 'partnerId', 'partner_id');

// Webhooks: a partner user manages its own partner's endpoints and deliveries (a partner's machine
// client holds a PARTNER_USER token), district IT every partner's.
const WEBHOOK_MANAGERS: RoleAccess = { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' };

export const webhookEndpointScope = partnerScope('WebhookEndpoint', 'partnerId', 'partner_id');
export const webhookDeliveryScope = partnerScope('WebhookDelivery', 'partnerId', 'partner_id');
// The partners subgraph's Partner, as the key integrations' records hang on.
const partnerStubScope = partnerScope('Partner', 'id', 'id');

export const integrationsPolicy = definePolicy<IntegrationsContext>({
  subgraph: 'integrations',
  Query: {
    domainEvents: DISTRICT_IT,
    apiClients: API_CLIENT_READERS,
    verifyClientCredentials: TOKEN_ENDPOINT,
    webhookEndpoints: WEBHOOK_MANAGERS,
    webhookDeliveries: WEBHOOK_MANAGERS,
    notificationPreferences: EVERY_PERSON,
  },
  Mutation: {
    ingestDomainEvents: RELAYS,
    createWebhookEndpoint: WEBHOOK_MANAGERS,
    updateWebhookEndpoint: WEBHOOK_MANAGERS,
    rotateWebhookEndpointSecret: WEBHOOK_MANAGERS,
    disableWebhookEndpoint: WEBHOOK_MANAGERS,
    replayWebhookDelivery: WEBHOOK_MANAGERS,
    registerApiClient: DISTRICT_IT,
    rotateApiClientSecret: DISTRICT_IT,
    revokeApiClient: DISTRICT_IT,
    updateNotificationPreferences: EVERY_PERSON,
  },
  types: {
    DomainEvent: { access: DISTRICT_IT },
    WebhookEndpoint: { access: WEBHOOK_MANAGERS, scope: webhookEndpointScope },
    WebhookDelivery: { access: WEBHOOK_MANAGERS, scope: webhookDeliveryScope },
    ApiClient: { access: API_CLIENT_READERS, scope: apiClientScope },
    // A partner's machine clients and webhook endpoints: district IT every partner's, a partner user its own.
    Partner: { access: { DISTRICT_ADMIN: 'ALL', PARTNER_USER: 'OWN' }, fields: { apiClients: API_CLIENT_READERS, webhookEndpoints: WEBHOOK_MANAGERS }, scope: partnerStubScope },
    ApiClientSecretPayload: { access: DISTRICT_IT },
    RevokeApiClientPayload: { access: DISTRICT_IT },
    ClientCredentialsGrant: { access: TOKEN_ENDPOINT },
    NotificationPreference: { access: EVERY_PERSON },
  },
});
