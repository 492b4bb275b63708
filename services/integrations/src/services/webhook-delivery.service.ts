import { NotFoundError, pageRequest, parseId, toConnection, type Tx } from '@careergraph/kit';
import type { WebhookDeliveryConnection } from '../connections';
import type { IntegrationsContext } from '../context';
import type { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import type { WebhookDeliveryFilter } from '../generated/graphql';
import { webhookDeliveryScope } from '../policy';
import type { IntegrationsRepositories } from '../repositories';
import type { NewDomainEvent } from '../repositories/domain-event.repository';
import { WebhookDeliveryRepository } from '../repositories/webhook-delivery.repository';

/** The delivery queue as staff and partners see it: listing and replay; the worker sends (webhooks/). */
export class WebhookDeliveryService {
  constructor(private readonly repositories: IntegrationsRepositories) {}

  /** Queues newly ingested events for their partner's subscribed endpoints, in the ingest's transaction. */
  readonly queueNewEvents = (tx: Tx, events: NewDomainEvent[]): Promise<void> => this.repositories.webhookDeliveries.queueFor(tx, events);

  /** Narrowed to the caller's partner in SQL for a partner user. */
  async list(
    filter: WebhookDeliveryFilter | null | undefined,
    args: { first?: number | null; after?: string | null },
    context: IntegrationsContext,
  ): Promise<WebhookDeliveryConnection> {
    const query = {
      status: filter?.status ?? undefined,
      endpointId: filter?.endpointId == null ? undefined : parseId('filter.endpointId', filter.endpointId),
      scope: webhookDeliveryScope.rowsFor(context.caller),
    };
    const page = pageRequest(args, { arity: 1 });
    const rows = await this.repositories.webhookDeliveries.page(query, page);
    return toConnection(rows, page, WebhookDeliveryRepository.cursorOf, () => this.repositories.webhookDeliveries.count(query));
  }

  /** Queues a delivery again whatever its status: due now, attempts from zero, same webhook-id. */
  replay(rawId: string, context: IntegrationsContext): Promise<WebhookDeliveryEntity> {
    const id = parseId('input.id', rawId);
    const { unitOfWork, webhookDeliveries } = this.repositories;
    return unitOfWork.transaction(context, 'replayWebhookDelivery', async (tx, audit) => {
      const before = await webhookDeliveries.findByIdForUpdate(tx, id);
      if (!before) throw new NotFoundError('WebhookDelivery', id, 'input.id');
      await webhookDeliveryScope.require(context, before, { field: 'input.id' });
      const after = await webhookDeliveries.requeue(tx, id);
      audit({ entityType: 'WebhookDelivery', entityId: id, action: 'REPLAYED', before, after });
      return after;
    });
  }
}
