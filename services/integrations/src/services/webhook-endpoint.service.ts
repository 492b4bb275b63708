import { NotFoundError, optionalText, pageRequest, parseId, requiredText, toConnection, UserInputError } from '@careergraph/kit';
import { randomUUID } from 'node:crypto';
import type { WebhookSettings } from '../config/integrations-settings';
import type { WebhookEndpointConnection } from '../connections';
import type { IntegrationsContext } from '../context';
import type { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from '../generated/graphql';
import { webhookEndpointScope } from '../policy';
import type { IntegrationsRepositories } from '../repositories';
import { WebhookEndpointRepository } from '../repositories/webhook-endpoint.repository';
import { generateWebhookSecret, type WebhookSecretBox } from '../webhooks/webhook-secrets';
import { EVENT_TYPE } from './domain-event.service';

const MAX_EVENT_TYPES = 50;
/** Plain HTTP is for a receiver on the same machine (development, tests), never production. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface EndpointWithSecret {
  endpoint: WebhookEndpointEntity;
  /** The `whsec_…` secret, in this answer only. */
  secret: string;
}

/** Partners' webhook endpoints: registration, changes, secret rotation, disabling. */
export class WebhookEndpointService {
  constructor(
    private readonly repositories: IntegrationsRepositories,
    private readonly secrets: WebhookSecretBox,
    private readonly settings: Pick<WebhookSettings, 'httpsOnly'>,
  ) {}

  /** Narrowed to the caller's partner in SQL for a partner user. */
  async list(
    partnerId: string | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: IntegrationsContext,
  ): Promise<WebhookEndpointConnection> {
    const query = { partnerId: partnerId == null ? undefined : parseId('partnerId', partnerId), scope: webhookEndpointScope.rowsFor(context.caller) };
    const page = pageRequest(args, { arity: 1 });
    const rows = await this.repositories.webhookEndpoints.page(query, page);
    return toConnection(rows, page, WebhookEndpointRepository.cursorOf, () => this.repositories.webhookEndpoints.count(query));
  }

  async create(input: CreateWebhookEndpointInput, context: IntegrationsContext): Promise<EndpointWithSecret> {
    const partnerId = this.partnerOf(input.partnerId, context);
    await webhookEndpointScope.require(context, { partnerId }, { field: 'input.partnerId', what: `partner ${partnerId}` });
    const secret = generateWebhookSecret();
    const now = new Date();
    const endpoint = {
      id: randomUUID(),
      partnerId,
      url: this.validUrl('input.url', input.url),
      description: optionalText('input.description', input.description, 500),
      eventTypes: validEventTypes('input.eventTypes', input.eventTypes),
      enabled: true,
      secretCiphertext: this.secrets.seal(secret),
      createdAt: now,
      updatedAt: now,
    };
    const created = await this.repositories.unitOfWork.transaction(context, 'createWebhookEndpoint', async (tx, audit) => {
      const row = await this.repositories.webhookEndpoints.insert(tx, endpoint);
      audit({ entityType: 'WebhookEndpoint', entityId: row.id, action: 'CREATED', before: null, after: row });
      return row;
    });
    return { endpoint: created, secret };
  }

  update(input: UpdateWebhookEndpointInput, context: IntegrationsContext): Promise<WebhookEndpointEntity> {
    const changes: Partial<WebhookEndpointEntity> = {};
    if (input.url != null) changes.url = this.validUrl('input.url', input.url);
    if (input.eventTypes != null) changes.eventTypes = validEventTypes('input.eventTypes', input.eventTypes);
    if (input.description !== undefined) changes.description = optionalText('input.description', input.description, 500);
    if (input.enabled != null) changes.enabled = input.enabled;
    return this.change(input.id, 'updateWebhookEndpoint', 'UPDATED', context, changes);
  }

  async rotateSecret(rawId: string, context: IntegrationsContext): Promise<EndpointWithSecret> {
    const secret = generateWebhookSecret();
    const endpoint = await this.change(rawId, 'rotateWebhookEndpointSecret', 'SECRET_ROTATED', context, {
      secretCiphertext: this.secrets.seal(secret),
    });
    return { endpoint, secret };
  }

  disable(rawId: string, context: IntegrationsContext): Promise<WebhookEndpointEntity> {
    return this.change(rawId, 'disableWebhookEndpoint', 'DISABLED', context, { enabled: false });
  }

  /** Locks the endpoint, checks the caller reaches it, applies `changes` and audits before and after (never the secret). */
  private change(
    rawId: string,
    operation: string,
    action: string,
    context: IntegrationsContext,
    changes: Partial<WebhookEndpointEntity>,
  ): Promise<WebhookEndpointEntity> {
    const id = parseId('input.id', rawId);
    return this.repositories.unitOfWork.transaction(context, operation, async (tx, audit) => {
      const before = await this.repositories.webhookEndpoints.findByIdForUpdate(tx, id);
      if (!before) throw new NotFoundError('WebhookEndpoint', id, 'input.id');
      await webhookEndpointScope.require(context, before, { field: 'input.id' });
      const after = await this.repositories.webhookEndpoints.update(tx, id, changes);
      audit({ entityType: 'WebhookEndpoint', entityId: id, action, before, after });
      return after;
    });
  }

  private partnerOf(raw: string | null | undefined, context: IntegrationsContext): string {
    if (raw != null) return parseId('input.partnerId', raw);
    const own = context.caller.role === 'PARTNER_USER' ? context.caller.scope.partnerId : undefined;
    if (!own) throw new UserInputError('input.partnerId', 'is required: name the partner whose events the endpoint receives');
    return own;
  }

  private validUrl(field: string, raw: string): string {
    const text = requiredText(field, raw, 2000);
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new UserInputError(field, `"${text.slice(0, 100)}" is not a URL`);
    }
    if (url.username || url.password) throw new UserInputError(field, 'must not carry credentials; the signature authenticates each request');
    const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && !this.settings.httpsOnly;
    if (url.protocol !== 'https:' && !loopbackHttp) {
      throw new UserInputError(
        field,
        this.settings.httpsOnly ? 'must be an https URL' : 'must be an https URL (plain http only to 127.0.0.1 or localhost)',
      );
    }
    return url.toString();
  }
}

function validEventTypes(field: string, types: readonly string[]): string[] {
  const unique = [...new Set(types.map((type) => type.trim()))];
  if (unique.length < 1 || unique.length > MAX_EVENT_TYPES) throw new UserInputError(field, `must name 1 to ${MAX_EVENT_TYPES} event types`);
  const bad = unique.find((type) => !EVENT_TYPE.test(type));
  if (bad !== undefined) throw new UserInputError(field, `"${bad.slice(0, 100)}" is not an event type (dotted lower-case, like placement.offered)`);
  return unique;
}
