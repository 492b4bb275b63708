import { applyKeyset, type PageRequest, type RowFilter, type Tx } from '@careergraph/kit';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import type { WebhookDeliveryStatus } from '../generated/graphql';

export interface WebhookDeliveryQuery {
  status?: WebhookDeliveryStatus;
  endpointId?: string;
  /** The caller's reach (the policy's delivery scope), applied in SQL. */
  scope: RowFilter;
}

/** A delivery the worker claimed, with what it needs to send it: the event and the endpoint. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  partnerId: string;
  url: string;
  attempts: number;
  eventType: string;
  occurredAt: Date;
  studentId: string | null;
  data: Record<string, unknown>;
}

/** What one attempt came to: delivered, or failed (with the receiver's status when it answered). */
export interface AttemptOutcome {
  id: string;
  delivered: boolean;
  responseStatus: number | null;
  error: string | null;
  /** For a failure: the delay before the next attempt. */
  retryDelayMs: number;
}

const TABLE = 'integrations.webhook_deliveries';

export class WebhookDeliveryRepository {
  private readonly deliveries: Repository<WebhookDeliveryEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.deliveries = dataSource.getRepository(WebhookDeliveryEntity);
  }

  static cursorOf(delivery: WebhookDeliveryEntity): number[] {
    return [delivery.sequence];
  }

  findById(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.deliveries.findOneBy({ id });
  }

  page(query: WebhookDeliveryQuery, page: PageRequest): Promise<WebhookDeliveryEntity[]> {
    return applyKeyset(this.filtered(query), ['d.sequence'], page).getMany();
  }

  count(query: WebhookDeliveryQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /**
   * Queues one delivery per (event, enabled endpoint of the event's partner subscribed to its type),
   * in one statement; an event already queued for an endpoint is not queued twice.
   */
  async queueFor(tx: Tx, events: readonly { id: string; type: string; partnerId: string | null }[]): Promise<void> {
    const routed = events.filter((event) => event.partnerId !== null);
    if (routed.length === 0) return;
    await tx.query(
      `INSERT INTO ${TABLE} (id, endpoint_id, partner_id, event_id, event_type, status, attempts, next_attempt_at)
       SELECT gen_random_uuid(), w.id, w.partner_id, e.id, e.type, 'PENDING', 0, now()
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS e(id, type, partner_id)
         JOIN integrations.webhook_endpoints w ON w.partner_id = e.partner_id AND w.enabled AND e.type = ANY (w.event_types)
       ON CONFLICT ON CONSTRAINT "UQ_webhook_deliveries_event_endpoint" DO NOTHING`,
      [routed.map((event) => event.id), routed.map((event) => event.type), routed.map((event) => event.partnerId)],
    );
  }

  /**
   * Claims up to `limit` due deliveries of enabled endpoints for this worker: FOR UPDATE SKIP LOCKED
   * (replicas take different rows), counted as an attempt and leased `leaseMs` ahead in a statement
   * of its own, so no transaction stays open over the HTTP calls (PGlite is one session). A worker
   * that dies mid-round leaves the lease to expire and the delivery to be sent again, same id.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE ${TABLE} AS d
          SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM integrations.webhook_endpoints w, integrations.domain_events e
        WHERE d.id IN (
                SELECT due.id FROM ${TABLE} due
                  JOIN integrations.webhook_endpoints enabled ON enabled.id = due.endpoint_id AND enabled.enabled
                 WHERE due.status IN ('PENDING', 'FAILED') AND due.next_attempt_at <= now()
                 ORDER BY due.next_attempt_at, due.sequence
                 LIMIT $1
                   FOR UPDATE OF due SKIP LOCKED)
          AND w.id = d.endpoint_id AND e.id = d.event_id
        RETURNING d.id, d.endpoint_id, d.partner_id, w.url, d.attempts, e.type, e.occurred_at, e.student_id, e.data`,
      [limit, leaseMs],
    )) as [Record<string, unknown>[], number];
    return rows.map((row) => ({
      id: row.id as string,
      endpointId: row.endpoint_id as string,
      partnerId: row.partner_id as string,
      url: row.url as string,
      attempts: row.attempts as number,
      eventType: row.type as string,
      occurredAt: row.occurred_at as Date,
      studentId: row.student_id as string | null,
      data: row.data as Record<string, unknown>,
    }));
  }

  /** Records a round's outcomes in one statement: DELIVERED, FAILED with its next attempt, or DEAD after the last. */
  async recordOutcomes(outcomes: readonly AttemptOutcome[], maxAttempts: number): Promise<void> {
    if (outcomes.length === 0) return;
    await this.dataSource.query(
      `UPDATE ${TABLE} AS d
          SET status = CASE WHEN o.delivered THEN 'DELIVERED' WHEN d.attempts >= $6 THEN 'DEAD' ELSE 'FAILED' END,
              next_attempt_at = CASE WHEN o.delivered OR d.attempts >= $6 THEN NULL ELSE now() + o.delay_ms * interval '1 millisecond' END,
              delivered_at = CASE WHEN o.delivered THEN now() END,
              last_response_status = o.response_status,
              last_error = o.error
         FROM unnest($1::uuid[], $2::boolean[], $3::int[], $4::text[], $5::int[]) AS o(id, delivered, response_status, error, delay_ms)
        WHERE d.id = o.id`,
      [
        outcomes.map((outcome) => outcome.id),
        outcomes.map((outcome) => outcome.delivered),
        outcomes.map((outcome) => outcome.responseStatus),
        outcomes.map((outcome) => outcome.error),
        outcomes.map((outcome) => outcome.retryDelayMs),
        maxAttempts,
      ],
    );
  }

  /** Reads and locks the row until the transaction ends. */
  findByIdForUpdate(tx: Tx, id: string): Promise<WebhookDeliveryEntity | null> {
    return tx.findOne(WebhookDeliveryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Queues the delivery again, due now, with a fresh count of attempts. */
  async requeue(tx: Tx, id: string): Promise<WebhookDeliveryEntity> {
    await tx.update(
      WebhookDeliveryEntity,
      { id },
      { status: 'PENDING', attempts: 0, nextAttemptAt: () => 'now()', deliveredAt: null, lastError: null, lastResponseStatus: null },
    );
    return (await tx.findOneBy(WebhookDeliveryEntity, { id }))!;
  }

  private filtered(query: WebhookDeliveryQuery): SelectQueryBuilder<WebhookDeliveryEntity> {
    const qb = this.deliveries.createQueryBuilder('d');
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.endpointId) qb.andWhere('d.endpoint_id = :endpointId', { endpointId: query.endpointId });
    query.scope.applyTo(qb, 'd');
    return qb;
  }
}
