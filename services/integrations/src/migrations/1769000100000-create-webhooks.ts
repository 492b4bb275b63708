import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partners' webhook endpoints and the delivery queue (one row per event and endpoint). */
export class CreateWebhooks1769000100000 implements MigrationInterface {
  name = 'CreateWebhooks1769000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE integrations.webhook_endpoints (
        id uuid PRIMARY KEY,
        sequence bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT "UQ_webhook_endpoints_sequence" UNIQUE,
        partner_id uuid NOT NULL,
        url text NOT NULL CONSTRAINT "CHK_webhook_endpoints_url" CHECK (url ~ '^https?://'),
        description text,
        event_types text[] NOT NULL CONSTRAINT "CHK_webhook_endpoints_event_types" CHECK (cardinality(event_types) >= 1),
        enabled boolean NOT NULL,
        secret_ciphertext text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // A partner's endpoints, and the endpoints an ingested event goes to (partner, then type).
    await db.query(`CREATE INDEX "IDX_webhook_endpoints_partner_sequence" ON integrations.webhook_endpoints (partner_id, sequence)`);

    await db.query(`
      CREATE TABLE integrations.webhook_deliveries (
        id uuid PRIMARY KEY,
        sequence bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT "UQ_webhook_deliveries_sequence" UNIQUE,
        endpoint_id uuid NOT NULL CONSTRAINT "FK_webhook_deliveries_endpoint" REFERENCES integrations.webhook_endpoints (id),
        partner_id uuid NOT NULL,
        event_id uuid NOT NULL CONSTRAINT "FK_webhook_deliveries_event" REFERENCES integrations.domain_events (id),
        event_type text NOT NULL,
        status text NOT NULL CONSTRAINT "CHK_webhook_deliveries_status" CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT "CHK_webhook_deliveries_attempts" CHECK (attempts >= 0),
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_response_status integer,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_webhook_deliveries_event_endpoint" UNIQUE (event_id, endpoint_id),
        CONSTRAINT "CHK_webhook_deliveries_due" CHECK ((status IN ('PENDING', 'FAILED')) = (next_attempt_at IS NOT NULL))
      )`);
    // The worker's claim: due rows still to send, oldest due first.
    await db.query(
      `CREATE INDEX "IDX_webhook_deliveries_due" ON integrations.webhook_deliveries (next_attempt_at) WHERE status IN ('PENDING', 'FAILED')`,
    );
    // The listings: a partner's (scope) or an endpoint's deliveries, in queue order.
    await db.query(`CREATE INDEX "IDX_webhook_deliveries_partner_sequence" ON integrations.webhook_deliveries (partner_id, sequence)`);
    await db.query(`CREATE INDEX "IDX_webhook_deliveries_endpoint_sequence" ON integrations.webhook_deliveries (endpoint_id, sequence)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE integrations.webhook_deliveries`);
    await db.query(`DROP TABLE integrations.webhook_endpoints`);
  }
}
