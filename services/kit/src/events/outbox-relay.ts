import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { IdentitySigner } from '../auth/identity-token';
import { EntityClient } from '../federation/entity-client';
import type { Logger } from '../logger';
import { PollingWorker, retryDelayMs, type RetrySchedule } from '../server/background-worker';
import type { DomainEvent } from './domain-event';

/** The integrations subgraph's SERVICE-only inbox; idempotent by event id. */
const INGEST = `mutation IngestDomainEvents($events: [DomainEventInput!]!) { ingestDomainEvents(events: $events) }`;

export interface OutboxRelayDeps {
  dataSource: DataSource;
  logger: Logger;
  /** Signs the relay's requests as this subgraph (SERVICE). */
  signer: IdentitySigner;
  subgraphUrls: Record<string, string>;
}

export interface OutboxRelaySettings {
  /** Events per request to the inbox. */
  batchSize: number;
  /** The pause after a round that found nothing due. */
  intervalMs: number;
  /** How long the inbox has to answer. */
  timeoutMs: number;
  /**
   * How long claimed events stay this relay's: a relay that dies between sending and marking them
   * leaves them to be sent again (same ids) once this passes. Longer than `timeoutMs`.
   */
  leaseMs: number;
  retry: RetrySchedule;
  /** Failed sends after which an event is dead (kept, with its last error, and no longer tried). */
  maxAttempts: number;
}

export const DEFAULT_OUTBOX_RELAY_SETTINGS: OutboxRelaySettings = {
  batchSize: 25,
  intervalMs: 1_000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  // 1 s doubling to 10 min: 25 attempts span about three hours of an unreachable inbox.
  retry: { baseMs: 1_000, capMs: 600_000 },
  maxAttempts: 25,
};

interface ClaimedRow {
  id: string;
  position: number;
  type: string;
  occurred_at: Date;
  source: string;
  subject_type: string;
  subject_id: string;
  partner_id: string | null;
  student_id: string | null;
  school_id: string | null;
  data: Record<string, unknown>;
  audience: DomainEvent['audience'];
  attempts: number;
}

/**
 * Forwards one subgraph's outbox to the integrations subgraph's inbox, at least once: a round
 * claims a small batch of due events (FOR UPDATE SKIP LOCKED, so relays of several replicas take
 * different rows) by pushing their next attempt a lease ahead, in a statement of its own, so no
 * transaction stays open over the HTTP call (PGlite is one session); then sends them signed as
 * SERVICE, and marks them relayed, or schedules their retry with backoff. A relay that dies between
 * sending and marking leaves the claim to expire, and the same ids are sent again; the inbox ignores
 * ids it has.
 */
export class OutboxRelay extends PollingWorker {
  private readonly settings: OutboxRelaySettings;
  private readonly inboxUrl: string;
  private readonly table: string;

  constructor(
    private readonly deps: OutboxRelayDeps,
    private readonly source: string,
    settings: Partial<OutboxRelaySettings> = {},
  ) {
    const resolved = { ...DEFAULT_OUTBOX_RELAY_SETTINGS, ...settings };
    super({ name: `${source}-outbox-relay`, intervalMs: resolved.intervalMs, logger: deps.logger });
    this.settings = resolved;
    // The subgraph's schema is named like it (its UnitOfWork records `source` from the same name).
    this.table = `"${source}".outbox_events`;
    const url = deps.subgraphUrls.integrations;
    if (!url) throw new Error('the outbox relay needs the integrations subgraph URL (INTEGRATIONS_URL)');
    this.inboxUrl = url;
  }

  /** One round: claims what is due, sends it, records the outcome; returns how many were relayed. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    if (claimed.length === 0) return 0;
    const ids = claimed.map((row) => row.id);
    // One request id per round, so the inbox's logs of a batch correlate with the relay's.
    const requestId = `outbox-relay-${randomUUID()}`;
    const inbox = new EntityClient({
      subgraph: 'integrations',
      url: this.inboxUrl,
      service: this.source,
      signer: this.deps.signer,
      timeoutMs: this.settings.timeoutMs,
      headers: () => ({ 'x-request-id': requestId }),
    });
    try {
      await inbox.execute<{ ingestDomainEvents: number }>(INGEST, { events: claimed.map(toEvent) });
    } catch (error) {
      await this.scheduleRetry(claimed, (error as Error).message);
      this.deps.logger.warn({ err: error, worker: this.name, events: ids.length, requestId }, 'relaying domain events failed; will retry');
      return 0;
    }
    // An INTERNAL event's data (an address to mail a link to) is the inbox's once relayed: kept here
    // it would outlive the owner's own record of it, so the envelope alone stays.
    await this.deps.dataSource.query(
      `UPDATE ${this.table}
          SET relayed_at = now(), last_error = NULL, data = CASE WHEN audience = 'INTERNAL' THEN '{}'::jsonb ELSE data END
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.length;
  }

  private async claim(): Promise<ClaimedRow[]> {
    const [rows] = (await this.deps.dataSource.query(
      `UPDATE ${this.table} AS event
          SET attempts = event.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
        WHERE event.id IN (
          SELECT id FROM ${this.table}
           WHERE relayed_at IS NULL AND dead_at IS NULL AND next_attempt_at <= now()
           ORDER BY position
           LIMIT $1
             FOR UPDATE SKIP LOCKED)
        RETURNING event.id, event.position, event.type, event.occurred_at, event.source, event.subject_type, event.subject_id,
                  event.partner_id, event.student_id, event.school_id, event.data, event.audience, event.attempts`,
      [this.settings.batchSize, this.settings.leaseMs],
    )) as [ClaimedRow[], number];
    // RETURNING keeps no order: the inbox gets them in the order they were recorded.
    return rows.sort((a, b) => a.position - b.position);
  }

  /** One statement for the batch: each event's own delay (its attempts, its jitter); dead after the last attempt. */
  private async scheduleRetry(claimed: readonly ClaimedRow[], reason: string): Promise<void> {
    await this.deps.dataSource.query(
      `UPDATE ${this.table} AS event
          SET next_attempt_at = now() + retry.delay_ms * interval '1 millisecond',
              last_error = $3,
              dead_at = CASE WHEN event.attempts >= $4 THEN now() END
         FROM unnest($1::uuid[], $2::int[]) AS retry(id, delay_ms)
        WHERE event.id = retry.id`,
      [
        claimed.map((row) => row.id),
        claimed.map((row) => retryDelayMs(row.attempts, this.settings.retry)),
        reason,
        this.settings.maxAttempts,
      ],
    );
  }
}

function toEvent(row: ClaimedRow): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    source: row.source,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    partnerId: row.partner_id,
    studentId: row.student_id,
    schoolId: row.school_id,
    audience: row.audience,
    data: row.data,
  };
}
